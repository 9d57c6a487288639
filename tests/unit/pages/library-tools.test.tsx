import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadText } from '@/components/download';
import { Library } from '@/components/library/Library';
import type { ScholarLensDatabase } from '@/lib/db/database';
import { parseEnvelope } from '@/lib/export';
import { SCHOLAR_PROFILE } from '../../helpers/papers';
import { mount, SAVED_EXPORT_ORDER, SAVED_IN_MIXED_ORDER, savedPaper, seedDatabase, storedPaper, textOf } from './seed';

vi.mock('@/components/download', () => ({ downloadText: vi.fn() }));

let view: Awaited<ReturnType<typeof mount>> | null = null;

async function renderLibrary(db: ScholarLensDatabase, search = '') {
  view = mount(<Library db={db} search={search} />, db);
  return view.container;
}

function itemIds(container: Element): (string | null)[] {
  return Array.from(container.querySelectorAll('[data-testid="library-item"]'), (item) => item.getAttribute('data-paper-id'));
}

function element<T extends Element>(container: Element, selector: string): T {
  const found = container.querySelector<T>(selector);
  if (!found) throw new Error(`no element matches ${selector}`);
  return found;
}

function setValue(input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string, event = 'input'): void {
  input.value = value;
  input.dispatchEvent(new Event(event, { bubbles: true }));
}

afterEach(async () => {
  await view?.unmount();
  view = null;
  vi.mocked(downloadText).mockClear();
  vi.restoreAllMocks();
});

describe('Library bulk actions', () => {
  it('bulk deletes and undoes', async () => {
    const db = await seedDatabase([
      savedPaper('a', '2024-01-01T00:00:00.000Z'),
      savedPaper('b', '2024-02-01T00:00:00.000Z', { note: 'keep' }),
      savedPaper('c', '2024-03-01T00:00:00.000Z'),
    ]);
    const container = await renderLibrary(db);
    await vi.waitFor(() => expect(itemIds(container)).toEqual(['c', 'b', 'a']));

    element<HTMLInputElement>(container, '[data-paper-id="b"] [data-testid="select-paper"]').click();
    element<HTMLInputElement>(container, '[data-paper-id="a"] [data-testid="select-paper"]').click();
    await vi.waitFor(() => expect(textOf(container, 'selected-count')).toBe('2 selected'));
    element<HTMLButtonElement>(container, '[data-testid="delete-selected"]').click();

    await vi.waitFor(() => expect(itemIds(container)).toEqual(['c']));
    expect(await db.papers.count()).toBe(1);
    const undo = element<HTMLButtonElement>(container, '[data-testid="undo-delete"]');
    expect(undo.getAttribute('aria-label')).toBe('Undo delete of 2 papers');
    expect(textOf(container, 'selected-count')).toBe('0 selected');

    undo.click();

    await vi.waitFor(() => expect(itemIds(container)).toEqual(['c', 'b', 'a']));
    expect((await db.papers.get('b'))?.note).toBe('keep');
  });

  it('counts selected papers the search hides', async () => {
    const db = await seedDatabase([savedPaper('a', '2024-01-01T00:00:00.000Z', { title: 'Rivers' }), savedPaper('b', '2024-02-01T00:00:00.000Z')]);
    const container = await renderLibrary(db);
    await vi.waitFor(() => expect(itemIds(container)).toEqual(['b', 'a']));

    element<HTMLInputElement>(container, '[data-paper-id="b"] [data-testid="select-paper"]').click();
    setValue(element(container, '[data-testid="library-filter"]'), 'rivers');
    await vi.waitFor(() => expect(itemIds(container)).toEqual(['a']));

    expect(textOf(container, 'selected-count')).toBe('1 selected, 1 of them hidden by the search or filters');
    expect(textOf(container, 'delete-selected')).toBe('Delete 1 selected');
  });

  it('selects all shown', async () => {
    const db = await seedDatabase([savedPaper('a', '2024-01-01T00:00:00.000Z', { title: 'Rivers' }), savedPaper('b', '2024-02-01T00:00:00.000Z')]);
    const container = await renderLibrary(db);
    await vi.waitFor(() => expect(itemIds(container)).toEqual(['b', 'a']));

    setValue(element(container, '[data-testid="library-filter"]'), 'rivers');
    await vi.waitFor(() => expect(itemIds(container)).toEqual(['a']));
    element<HTMLButtonElement>(container, '[data-testid="select-shown"]').click();

    await vi.waitFor(() => expect(textOf(container, 'selected-count')).toBe('1 selected'));
  });
});

describe('Library views', () => {
  it('shows all stored papers', async () => {
    const db = await seedDatabase([savedPaper('a', '2024-01-01T00:00:00.000Z'), storedPaper('u', { addedAt: '2024-05-01T00:00:00.000Z' })]);
    const container = await renderLibrary(db);
    await vi.waitFor(() => expect(itemIds(container)).toEqual(['a']));

    setValue(element(container, '#filter-scope'), 'all', 'change');

    await vi.waitFor(() => expect(itemIds(container)).toEqual(['u', 'a']));
    expect(textOf(container, 'library-count')).toBe('2 stored papers');
  });

  it('sorts by year, nulls last', async () => {
    const db = await seedDatabase([
      savedPaper('none', '2024-03-01T00:00:00.000Z', { year: null }),
      savedPaper('old', '2024-02-01T00:00:00.000Z', { year: 1990 }),
      savedPaper('new', '2024-01-01T00:00:00.000Z', { year: 2024 }),
    ]);
    const container = await renderLibrary(db);
    await vi.waitFor(() => expect(itemIds(container)).toEqual(['none', 'old', 'new']));

    setValue(element(container, '#library-sort'), 'year', 'change');

    await vi.waitFor(() => expect(itemIds(container)).toEqual(['new', 'old', 'none']));
  });

  it('filters by year range', async () => {
    const db = await seedDatabase([
      savedPaper('old', '2024-02-01T00:00:00.000Z', { year: 1990 }),
      savedPaper('new', '2024-01-01T00:00:00.000Z', { year: 2024 }),
    ]);
    const container = await renderLibrary(db);
    await vi.waitFor(() => expect(itemIds(container)).toEqual(['old', 'new']));

    setValue(element(container, '#filter-year-from'), '2000');

    await vi.waitFor(() => expect(itemIds(container)).toEqual(['new']));
    expect(textOf(container, 'library-count')).toBe('Showing 1 of 2 saved papers');
  });

  it('renders only visible rows', async () => {
    const papers = Array.from({ length: 2000 }, (_, index) => savedPaper(`p${String(index).padStart(4, '0')}`, '2024-01-01T00:00:00.000Z'));
    const db = await seedDatabase(papers);
    const container = await renderLibrary(db);

    await vi.waitFor(() => expect(textOf(container, 'library-count')).toBe('2000 saved papers'));
    const rendered = container.querySelectorAll('[data-testid="library-item"]').length;
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(40);
    expect(container.querySelector('.virtual-row')?.getAttribute('aria-setsize')).toBe('2000');
  });
});

describe('Library save toggle', () => {
  it('saves a stored paper', async () => {
    const db = await seedDatabase([storedPaper('u', { addedAt: '2024-05-01T00:00:00.000Z' })]);
    const container = await renderLibrary(db);
    setValue(element(container, '#filter-scope'), 'all', 'change');
    await vi.waitFor(() => expect(itemIds(container)).toEqual(['u']));
    const toggle = element<HTMLButtonElement>(container, '[data-paper-id="u"] [data-testid="library-save-toggle"]');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');

    toggle.click();
    await vi.waitFor(async () => expect((await db.papers.get('u'))?.saved).toBe(1));
    await vi.waitFor(() => expect(element(container, '[data-paper-id="u"] [data-testid="library-save-toggle"]').getAttribute('aria-pressed')).toBe('true'));
  });

  it('unsaves and keeps the record', async () => {
    const db = await seedDatabase([savedPaper('a', '2024-01-01T00:00:00.000Z'), savedPaper('b', '2024-02-01T00:00:00.000Z')]);
    const container = await renderLibrary(db);
    await vi.waitFor(() => expect(itemIds(container)).toEqual(['b', 'a']));

    element<HTMLButtonElement>(container, '[data-paper-id="a"] [data-testid="library-save-toggle"]').click();
    await vi.waitFor(() => expect(itemIds(container)).toEqual(['b']));
    expect((await db.papers.get('a'))?.saved).toBe(0);
    await vi.waitFor(() => expect(document.activeElement).toBe(element(container, '[data-paper-id="b"] [data-testid="library-save-toggle"]')));
  });

  it('focuses the heading when none remains', async () => {
    const db = await seedDatabase([savedPaper('a', '2024-01-01T00:00:00.000Z')]);
    const container = await renderLibrary(db);
    await vi.waitFor(() => expect(itemIds(container)).toEqual(['a']));

    element<HTMLButtonElement>(container, '[data-paper-id="a"] [data-testid="library-save-toggle"]').click();
    await vi.waitFor(() => expect(itemIds(container)).toEqual([]));
    await vi.waitFor(() => expect(document.activeElement?.tagName).toBe('H1'));
  });
});

describe('Library topics', () => {
  it('shows the shown topic tags', async () => {
    const vision = { field: 'Computer Science', class: 'cs.CV', label: 'Computer Vision and Pattern Recognition', score: 0.9, tier: 'lexicon' as const, evidence: ['image'] };
    const weak = { field: 'Mathematics', class: 'math.NA', label: 'Numerical Analysis', score: 0.05, tier: 'lexicon' as const, evidence: ['volume'] };
    const user = { field: 'Computer Science', class: 'cs.IR', label: 'Information Retrieval', score: 1, tier: 'user' as const };
    const db = await seedDatabase([
      savedPaper('a', '2024-01-01T00:00:00.000Z', { topics: [vision, weak] }),
      savedPaper('b', '2024-02-01T00:00:00.000Z', { topics: [vision], userTopics: [user] }),
    ]);
    const container = await renderLibrary(db);
    await vi.waitFor(() => expect(itemIds(container)).toEqual(['b', 'a']));

    const labels = (id: string) => Array.from(container.querySelectorAll(`[data-paper-id="${id}"] .badge-topic`), (badge) => badge.textContent);
    expect(labels('a')).toEqual(['Computer Vision and Pattern Recognition']);
    expect(labels('b')).toEqual(['Information Retrieval']);
  });
});

describe('Library notes and tags', () => {
  it('saves note and tags', async () => {
    const db = await seedDatabase([savedPaper('a', '2024-01-01T00:00:00.000Z')]);
    const container = await renderLibrary(db);
    await vi.waitFor(() => expect(itemIds(container)).toEqual(['a']));

    element<HTMLButtonElement>(container, '[data-testid="edit-paper"]').click();
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('paper-note'));
    setValue(element(container, '#paper-note'), 'Read §3 again — 重要');
    setValue(element(container, '#paper-tags'), 'thesis, to-read, thesis, ');
    element<HTMLButtonElement>(container, '[data-testid="save-details"]').click();

    await vi.waitFor(() => expect(container.querySelector('[data-testid="paper-details"]')).toBeNull());
    expect(document.activeElement).toBe(element(container, '[data-paper-id="a"] [data-testid="edit-paper"]'));
    const record = await db.papers.get('a');
    expect(record?.note).toBe('Read §3 again — 重要');
    expect(record?.userTags).toEqual(['thesis', 'to-read']);
    await vi.waitFor(() => expect(element(container, '[data-paper-id="a"]').textContent).toContain('to-read'));
  });
});

describe('Library export', () => {
  it('exports selection as RIS', async () => {
    const db = await seedDatabase([
      savedPaper('a', '2024-01-01T00:00:00.000Z', { title: 'Chosen paper' }),
      savedPaper('b', '2024-02-01T00:00:00.000Z', { title: 'Other paper' }),
    ]);
    const container = await renderLibrary(db);
    await vi.waitFor(() => expect(itemIds(container)).toEqual(['b', 'a']));

    element<HTMLInputElement>(container, '[data-paper-id="a"] [data-testid="select-paper"]').click();
    await vi.waitFor(() => expect(textOf(container, 'selected-count')).toBe('1 selected'));
    // Ticking a paper makes the selection what the form exports.
    await vi.waitFor(() => expect(element<HTMLSelectElement>(container, '[data-testid="export-scope"]').value).toBe('selection'));
    setValue(element(container, '[data-testid="export-format"]'), 'ris', 'change');
    element<HTMLButtonElement>(container, '[data-testid="export-run"]').click();

    await vi.waitFor(() => expect(downloadText).toHaveBeenCalledTimes(1));
    const [text, fileName] = vi.mocked(downloadText).mock.calls[0] ?? [];
    expect(text).toContain('TI  - Chosen paper');
    expect(text).not.toContain('Other paper');
    expect(fileName).toMatch(/^scholar-lens-selection-ris-\d{4}-\d{2}-\d{2}\.ris$/);
    await vi.waitFor(() => expect(textOf(container, 'export-status')).toMatch(/^Exported 1 paper to scholar-lens-selection-/));
  });

  it('exports all saved newest first', async () => {
    const db = await seedDatabase(SAVED_IN_MIXED_ORDER);
    const container = await renderLibrary(db);
    await vi.waitFor(() => expect(itemIds(container)).toHaveLength(4));

    setValue(element(container, '[data-testid="export-scope"]'), 'saved', 'change');
    setValue(element(container, '[data-testid="export-format"]'), 'json', 'change');
    element<HTMLButtonElement>(container, '[data-testid="export-run"]').click();

    await vi.waitFor(() => expect(downloadText).toHaveBeenCalledTimes(1));
    const parsed = parseEnvelope(vi.mocked(downloadText).mock.calls[0]?.[0] ?? '');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.papers.map((paper) => paper.id)).toEqual(SAVED_EXPORT_ORDER);
  });

  it('exports profile from URL', async () => {
    const db = await seedDatabase([
      storedPaper('mine', { title: 'Profile paper', profileKeys: ['google-scholar:XYZ'] }),
      savedPaper('other', '2024-02-01T00:00:00.000Z', { title: 'Other profile' }),
    ]);
    const profile = (id: string) => ({
      ...SCHOLAR_PROFILE,
      id,
      key: `google-scholar:${id}`,
      url: `https://scholar.google.com/citations?user=${id}`,
      updatedAt: '2024-03-01T00:00:00.000Z',
    });
    await db.profiles.bulkPut([profile('XYZ'), profile('OTHER')]);
    const container = await renderLibrary(db, '?profile=google-scholar:XYZ&export=json');

    await vi.waitFor(() => expect(downloadText).toHaveBeenCalledTimes(1));
    const [text, fileName] = vi.mocked(downloadText).mock.calls[0] ?? [];
    expect(fileName).toMatch(/^scholar-lens-google-scholar-xyz-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = parseEnvelope(text ?? '');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.papers.map((paper) => paper.id)).toEqual(['mine']);
    expect(parsed.profiles).toEqual([profile('XYZ')]);
    expect(itemIds(container)).toEqual(['mine']);
  });
});

describe('Library import', () => {
  function chooseFile(container: Element, name: string, text: string): void {
    const input = element<HTMLInputElement>(container, '[data-testid="import-file"]');
    Object.defineProperty(input, 'files', { value: [new File([text], name)], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }

  it('imports BibTeX file', async () => {
    const db = await seedDatabase([savedPaper('a', '2024-01-01T00:00:00.000Z')]);
    const container = await renderLibrary(db);
    await vi.waitFor(() => expect(itemIds(container)).toEqual(['a']));

    chooseFile(container, 'refs.bib', '@article{k, title = {Imported {\\"U}bersicht}, author = {Kovač, Ines}, year = {2019}}');

    await vi.waitFor(() => expect(textOf(container, 'import-status')).toBe('Imported 1 entry from refs.bib: 1 new paper.'));
    await vi.waitFor(() => expect(itemIds(container)).toHaveLength(2));
    expect(container.textContent).toContain('Imported Übersicht');
  });

  it('rejects bad file unchanged', async () => {
    const db = await seedDatabase([savedPaper('a', '2024-01-01T00:00:00.000Z')]);
    const container = await renderLibrary(db);
    await vi.waitFor(() => expect(itemIds(container)).toEqual(['a']));

    chooseFile(container, 'refs.bib', '@misc{fine, title = {Fine}}\n@misc{broken, year = {2020}}');

    await vi.waitFor(() => expect(container.querySelector('[role="alert"]')?.textContent).toBe(
      'refs.bib was not imported, and nothing changed. Invalid entry 2 (key "broken"), field "title": missing',
    ));
    expect(await db.papers.count()).toBe(1);
  });
});

describe('Library empty export', () => {
  it('explains unknown profile', async () => {
    const db = await seedDatabase([savedPaper('a', '2024-01-01T00:00:00.000Z')]);
    const container = await renderLibrary(db, '?profile=google-scholar:NOBODY&export=bibtex');

    await vi.waitFor(() => expect(container.querySelector('[role="alert"]')?.textContent).toBe(
      'No papers to export for "google-scholar:NOBODY". Select papers, or open the profile\'s page so its papers are stored, then export again.',
    ));
    expect(downloadText).not.toHaveBeenCalled();
  });
});
