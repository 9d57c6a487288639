import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { downloadText } from '@/components/download';
import { Popup } from '@/components/popup/Popup';
import type { ScholarLensDatabase } from '@/lib/db/database';
import { parseEnvelope } from '@/lib/export';
import { mount, SAVED_EXPORT_ORDER, SAVED_IN_MIXED_ORDER, savedPaper, seedDatabase, storedPaper, textOf } from './seed';

vi.mock('@/components/download', () => ({ downloadText: vi.fn() }));

let view: Awaited<ReturnType<typeof mount>> | null = null;

async function renderPopup(db: ScholarLensDatabase) {
  view = mount(<Popup db={db} />, db);
  return view.container;
}

function button(container: Element, testId: string): HTMLButtonElement {
  const element = container.querySelector<HTMLButtonElement>(`[data-testid="${testId}"]`);
  if (!element) throw new Error(`no element with data-testid="${testId}"`);
  return element;
}

afterEach(async () => {
  await view?.unmount();
  view = null;
  vi.mocked(downloadText).mockClear();
  vi.restoreAllMocks();
});

describe('Popup', () => {
  it('shows stored and saved counts', async () => {
    const db = await seedDatabase([
      storedPaper('a'),
      savedPaper('b', '2024-02-01T00:00:00.000Z'),
      savedPaper('c', '2024-03-01T00:00:00.000Z'),
    ]);
    const container = await renderPopup(db);

    await vi.waitFor(() => expect(textOf(container, 'stored-count')).toBe('3'));
    expect(textOf(container, 'saved-count')).toBe('2');
    expect(container.textContent).not.toContain('No saved papers yet');
  });

  it('updates counts live', async () => {
    const db = await seedDatabase([storedPaper('a')]);
    const container = await renderPopup(db);
    await vi.waitFor(() => expect(textOf(container, 'stored-count')).toBe('1'));

    await db.papers.put(savedPaper('b', '2024-02-01T00:00:00.000Z'));

    await vi.waitFor(() => expect(textOf(container, 'saved-count')).toBe('1'));
    expect(textOf(container, 'stored-count')).toBe('2');
  });

  it('shows message when nothing saved', async () => {
    const db = await seedDatabase([storedPaper('a')]);
    const container = await renderPopup(db);

    await vi.waitFor(() => expect(textOf(container, 'saved-count')).toBe('0'));
    expect(container.textContent).toContain(
      "No saved papers yet. Open a profile or publication list on Google Scholar, dblp, arXiv or the ACL Anthology and use Save on a paper. On another site's publication list, press Scan this site for publications in the Scholar Lens popup first.",
    );
    for (const testId of ['export-json', 'export-bibtex', 'export-csv']) {
      expect(button(container, testId).disabled).toBe(true);
    }
  });

  it('exports JSON envelope', async () => {
    const topic = { field: 'Computer Science', label: 'Databases', score: 1, tier: 'user' as const };
    const db = await seedDatabase([
      storedPaper('unsaved'),
      savedPaper('older', '2024-02-01T00:00:00.000Z'),
      savedPaper('newer', '2024-03-01T00:00:00.000Z', { note: 'read again', userTopics: [topic] }),
    ]);
    const container = await renderPopup(db);
    await vi.waitFor(() => expect(button(container, 'export-json').disabled).toBe(false));

    button(container, 'export-json').click();

    await vi.waitFor(() => expect(downloadText).toHaveBeenCalledTimes(1));
    const [text, fileName, mimeType] = vi.mocked(downloadText).mock.calls[0] ?? [];
    expect(fileName).toMatch(/^scholar-lens-saved-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(mimeType).toBe('application/json');
    const parsed = parseEnvelope(text ?? '');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.papers.map((paper) => paper.id)).toEqual(['newer', 'older']);
    expect(parsed.papers[0]?.topics).toEqual([topic]);
    const raw = JSON.parse(text ?? '{}') as { papers: Record<string, unknown>[] };
    for (const field of ['keys', 'profileKeys', 'saved', 'savedAt', 'addedAt', 'updatedAt', 'note', 'userTopics']) {
      expect(raw.papers[0]).not.toHaveProperty(field);
    }
  });

  it('exports all saved newest first', async () => {
    const db = await seedDatabase(SAVED_IN_MIXED_ORDER);
    const container = await renderPopup(db);
    await vi.waitFor(() => expect(button(container, 'export-json').disabled).toBe(false));

    button(container, 'export-json').click();

    await vi.waitFor(() => expect(downloadText).toHaveBeenCalledTimes(1));
    const parsed = parseEnvelope(vi.mocked(downloadText).mock.calls[0]?.[0] ?? '');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.papers.map((paper) => paper.id)).toEqual(SAVED_EXPORT_ORDER);
  });

  it.each([
    ['export-bibtex', /^scholar-lens-saved-bibtex-\d{4}-\d{2}-\d{2}\.bib$/, 'application/x-bibtex'],
    ['export-biblatex', /^scholar-lens-saved-biblatex-\d{4}-\d{2}-\d{2}\.bib$/, 'application/x-bibtex'],
    ['export-csl', /^scholar-lens-saved-csl-json-\d{4}-\d{2}-\d{2}\.json$/, 'application/vnd.citationstyles.csl+json'],
    ['export-ris', /^scholar-lens-saved-ris-\d{4}-\d{2}-\d{2}\.ris$/, 'application/x-research-info-systems'],
    ['export-csv', /^scholar-lens-saved-csv-\d{4}-\d{2}-\d{2}\.csv$/, 'text/csv;charset=utf-8'],
  ])('exports via %s', async (testId, expectedName, mimeType) => {
    const db = await seedDatabase([savedPaper('a', '2024-02-01T00:00:00.000Z', { title: 'Graph Databases' })]);
    const container = await renderPopup(db);
    await vi.waitFor(() => expect(button(container, testId).disabled).toBe(false));

    button(container, testId).click();

    await vi.waitFor(() => expect(downloadText).toHaveBeenCalledTimes(1));
    const [text, fileName, type] = vi.mocked(downloadText).mock.calls[0] ?? [];
    expect(text).toContain('Graph Databases');
    expect(fileName).toMatch(expectedName);
    expect(type).toBe(mimeType);
  });

  it('opens library page', async () => {
    const create = vi.spyOn(browser.tabs, 'create');
    const db = await seedDatabase([]);
    const container = await renderPopup(db);

    button(container, 'open-library').click();

    expect(create).toHaveBeenCalledWith({ url: browser.runtime.getURL('/library.html') });
    expect(browser.runtime.getURL('/library.html')).toMatch(/\/library\.html$/);
  });

  it('shows storage error', async () => {
    const db = await seedDatabase([savedPaper('a', '2024-02-01T00:00:00.000Z')]);
    const failure = Object.assign(new Error('IndexedDB API missing'), { name: 'MissingAPIError' });
    vi.spyOn(db, 'open').mockRejectedValue(failure);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const container = await renderPopup(db);

    await vi.waitFor(() => expect(container.querySelector('[role="alert"]')).not.toBeNull());
    expect(container.querySelector('[role="alert"]')?.textContent).toContain(
      'Scholar Lens cannot open its storage in this window',
    );
    expect(container.querySelector('[data-testid="stored-count"]')).toBeNull();
    expect(console.error).toHaveBeenCalled();
  });
});
