import { afterEach, describe, expect, it, vi } from 'vitest';
import { Library } from '@/components/library/Library';
import type { ScholarLensDatabase } from '@/lib/db/database';
import { mount, savedPaper, seedDatabase, storedPaper, textOf } from './seed';

let view: Awaited<ReturnType<typeof mount>> | null = null;

async function renderLibrary(db: ScholarLensDatabase) {
  view = mount(<Library db={db} />, db);
  return view.container;
}

function itemIds(container: Element): (string | null)[] {
  return Array.from(container.querySelectorAll('[data-testid="library-item"]'), (item) => item.getAttribute('data-paper-id'));
}

function item(container: Element, id: string): HTMLElement {
  const element = container.querySelector<HTMLElement>(`[data-paper-id="${id}"]`);
  if (!element) throw new Error(`no library item for paper ${id}`);
  return element;
}

function typeFilter(container: Element, text: string): void {
  const input = container.querySelector<HTMLInputElement>('[data-testid="library-filter"]');
  if (!input) throw new Error('no filter input');
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

afterEach(async () => {
  await view?.unmount();
  view = null;
  vi.restoreAllMocks();
});

describe('Library', () => {
  it('lists saved papers newest first', async () => {
    const db = await seedDatabase([
      savedPaper('old', '2024-01-05T00:00:00.000Z'),
      storedPaper('unsaved'),
      savedPaper('new', '2024-03-05T00:00:00.000Z'),
      savedPaper('mid', '2024-02-05T00:00:00.000Z'),
    ]);
    const container = await renderLibrary(db);

    await vi.waitFor(() => expect(itemIds(container)).toEqual(['new', 'mid', 'old']));
    expect(textOf(container, 'library-count')).toBe('3 saved papers');
  });

  it('renders paper fields', async () => {
    const db = await seedDatabase([
      savedPaper('p1', '2024-01-05T00:00:00.000Z', {
        title: 'Attention Is All You Need',
        authors: [{ name: 'A Vaswani' }, { name: 'N Shazeer' }],
        authorsTruncated: true,
        venue: 'Advances in Neural Information Processing Systems',
        year: 2017,
        citations: 1,
        links: [
          { kind: 'cited-by', url: 'https://scholar.google.com/scholar?cites=1' },
          { kind: 'doi', url: 'https://doi.org/10.5555/3295222.3295349' },
        ],
        codeLinks: [{ url: 'https://github.com/tensorflow/tensor2tensor', source: 'page-link', site: 'google-scholar' }],
      }),
    ]);
    const container = await renderLibrary(db);
    await vi.waitFor(() => expect(itemIds(container)).toEqual(['p1']));
    const paper = item(container, 'p1');

    const title = paper.querySelector('h2 a');
    expect(title?.textContent).toBe('Attention Is All You Need');
    expect(title?.getAttribute('href')).toBe('https://doi.org/10.5555/3295222.3295349');
    expect(paper.textContent).toContain('A Vaswani, N Shazeer et al.');
    expect(paper.textContent).toContain('Advances in Neural Information Processing Systems · 2017 · 1 citation');
    const code = paper.querySelector('.paper-code a');
    expect(code?.getAttribute('href')).toBe('https://github.com/tensorflow/tensor2tensor');
    expect(code?.textContent).toBe('github.com/tensorflow/tensor2tensor');
  });

  it('links only http(s) URLs', async () => {
    const db = await seedDatabase([
      savedPaper('p1', '2024-01-05T00:00:00.000Z', {
        title: '<b>Bold</b> title',
        links: [{ kind: 'detail', url: 'javascript:alert(1)' }],
        codeLinks: [{ url: 'ftp://example.org/code', source: 'page-link', site: 'google-scholar' }],
      }),
    ]);
    const container = await renderLibrary(db);
    await vi.waitFor(() => expect(itemIds(container)).toEqual(['p1']));
    const paper = item(container, 'p1');

    expect(paper.querySelector('a')).toBeNull();
    expect(paper.querySelector('b')).toBeNull();
    expect(paper.querySelector('h2')?.textContent).toBe('<b>Bold</b> title');
  });

  it('deletes and undoes', async () => {
    const remaining = savedPaper('remaining', '2024-01-05T00:00:00.000Z');
    const deletedPaper = savedPaper('deleted', '2024-02-05T00:00:00.000Z', { note: 'my note' });
    const db = await seedDatabase([remaining, deletedPaper]);
    const container = await renderLibrary(db);
    await vi.waitFor(() => expect(itemIds(container)).toEqual(['deleted', 'remaining']));

    item(container, 'deleted').querySelector<HTMLButtonElement>('[data-testid="delete-paper"]')?.click();

    await vi.waitFor(() => expect(itemIds(container)).toEqual(['remaining']));
    expect(await db.papers.get('deleted')).toBeUndefined();
    const undo = container.querySelector<HTMLButtonElement>('[data-testid="undo-delete"]');
    expect(undo?.getAttribute('aria-label')).toBe('Undo delete of Paper deleted');
    await vi.waitFor(() => expect(document.activeElement).toBe(undo));

    undo?.click();

    await vi.waitFor(() => expect(itemIds(container)).toEqual(['deleted', 'remaining']));
    expect(await db.papers.get('deleted')).toEqual(deletedPaper);
    expect(container.querySelector('[data-testid="undo-delete"]')).toBeNull();
  });

  it('undo focuses next undo', async () => {
    const db = await seedDatabase([
      savedPaper('first', '2024-01-05T00:00:00.000Z'),
      savedPaper('second', '2024-02-05T00:00:00.000Z'),
    ]);
    const container = await renderLibrary(db);
    await vi.waitFor(() => expect(itemIds(container)).toEqual(['second', 'first']));

    item(container, 'first').querySelector<HTMLButtonElement>('[data-testid="delete-paper"]')?.click();
    await vi.waitFor(() => expect(itemIds(container)).toEqual(['second']));
    item(container, 'second').querySelector<HTMLButtonElement>('[data-testid="delete-paper"]')?.click();
    await vi.waitFor(() => expect(container.querySelectorAll('[data-testid="undo-delete"]')).toHaveLength(2));

    const undoButtons = container.querySelectorAll<HTMLButtonElement>('[data-testid="undo-delete"]');
    expect(undoButtons[0]?.getAttribute('aria-label')).toBe('Undo delete of Paper second');
    undoButtons[0]?.click();

    await vi.waitFor(() => expect(itemIds(container)).toEqual(['second']));
    await vi.waitFor(() => expect(container.querySelectorAll('[data-testid="undo-delete"]')).toHaveLength(1));
    const remainingUndo = container.querySelector<HTMLButtonElement>('[data-testid="undo-delete"]');
    expect(remainingUndo?.getAttribute('aria-label')).toBe('Undo delete of Paper first');
    await vi.waitFor(() => expect(document.activeElement).toBe(remainingUndo));

    remainingUndo?.click();

    await vi.waitFor(() => expect(itemIds(container)).toEqual(['second', 'first']));
    expect(document.activeElement?.tagName).toBe('H1');
  });

  it('undo keeps newer sighting', async () => {
    const deletedPaper = savedPaper('deleted', '2024-02-05T00:00:00.000Z', { note: 'my note', citations: 5 });
    const db = await seedDatabase([deletedPaper]);
    const container = await renderLibrary(db);
    await vi.waitFor(() => expect(itemIds(container)).toEqual(['deleted']));

    item(container, 'deleted').querySelector<HTMLButtonElement>('[data-testid="delete-paper"]')?.click();
    await vi.waitFor(() => expect(itemIds(container)).toEqual([]));
    await db.papers.put(storedPaper('deleted', { citations: 9, updatedAt: '2024-03-01T00:00:00.000Z' }));
    container.querySelector<HTMLButtonElement>('[data-testid="undo-delete"]')?.click();

    await vi.waitFor(() => expect(itemIds(container)).toEqual(['deleted']));
    const restored = await db.papers.get('deleted');
    expect(restored?.citations).toBe(9);
    expect(restored?.saved).toBe(1);
    expect(restored?.savedAt).toBe('2024-02-05T00:00:00.000Z');
    expect(restored?.note).toBe('my note');
  });

  it('filters by title, author and venue', async () => {
    const db = await seedDatabase([
      savedPaper('a', '2024-01-05T00:00:00.000Z', { title: 'Graph Neural Networks', venue: 'ICML' }),
      savedPaper('b', '2024-02-05T00:00:00.000Z', { title: 'Query Optimizers', authors: [{ name: 'Grace Hopper' }] }),
      savedPaper('c', '2024-03-05T00:00:00.000Z', { title: 'Type Systems', venue: 'POPL' }),
    ]);
    const container = await renderLibrary(db);
    await vi.waitFor(() => expect(itemIds(container)).toEqual(['c', 'b', 'a']));

    const cases: [string, string[]][] = [
      ['graph', ['a']],
      ['HOPPER', ['b']],
      ['popl type', ['c']],
      ['', ['c', 'b', 'a']],
    ];
    for (const [filter, expected] of cases) {
      typeFilter(container, filter);
      await vi.waitFor(() => expect(itemIds(container)).toEqual(expected));
    }

    typeFilter(container, 'nothing like this');
    await vi.waitFor(() => expect(itemIds(container)).toEqual([]));
    expect(textOf(container, 'library-count')).toBe('Showing 0 of 3 saved papers');
    expect(container.textContent).toContain('No saved paper matches “nothing like this”.');
  });

  it('profile menu shows names', async () => {
    const key = 'google-scholar:f8PPcnoAAAAJ';
    const db = await seedDatabase([savedPaper('a', '2024-01-05T00:00:00.000Z', { profileKeys: [key, 'dblp:j/Ju'] })]);
    await db.profiles.put({
      key,
      site: 'google-scholar',
      id: 'f8PPcnoAAAAJ',
      name: 'Tianjie Ju',
      affiliation: null,
      interests: [],
      metrics: {},
      coauthors: [],
      url: 'https://scholar.google.com/citations?user=f8PPcnoAAAAJ',
      updatedAt: '2024-01-01T00:00:00.000Z',
    });
    view = mount(<Library db={db} search={`?profile=${encodeURIComponent(key)}`} />, db);
    const container = view.container;

    const options = () => Array.from(container.querySelectorAll<HTMLOptionElement>('#filter-profile option'), (option) => [option.value, option.text]);
    await vi.waitFor(() =>
      expect(options()).toEqual([
        ['', 'Any profile'],
        ['dblp:j/Ju', 'dblp:j/Ju'],
        [key, 'Tianjie Ju (Google Scholar)'],
      ]),
    );
    expect(container.querySelector<HTMLSelectElement>('#filter-profile')?.value).toBe(key);
    const siteOptions = Array.from(container.querySelectorAll<HTMLOptionElement>('#filter-site option'), (option) => option.text);
    expect(siteOptions).toEqual(['Any site', 'Google Scholar']);
    expect(container.textContent).toContain('Shown papers of Tianjie Ju (Google Scholar)');
  });

  it('offers stored papers when none is saved', async () => {
    const db = await seedDatabase([storedPaper('a'), storedPaper('b')]);
    const container = await renderLibrary(db);

    await vi.waitFor(() => expect(container.textContent).toContain('No saved papers yet. 2 papers from the pages you opened are stored.'));
    container.querySelector<HTMLButtonElement>('[data-testid="show-all-stored"]')?.click();
    await vi.waitFor(() => expect(itemIds(container).sort()).toEqual(['a', 'b']));
    expect(container.querySelector<HTMLSelectElement>('#filter-scope')?.value).toBe('all');
  });

  it('offers unsaved papers that match', async () => {
    const db = await seedDatabase([
      savedPaper('a', '2024-01-05T00:00:00.000Z', { title: 'Graph Neural Networks' }),
      storedPaper('b', { title: 'Zeolite catalysis at scale' }),
    ]);
    const container = await renderLibrary(db);
    await vi.waitFor(() => expect(itemIds(container)).toEqual(['a']));

    typeFilter(container, 'zeolite');
    await vi.waitFor(() => expect(textOf(container, 'no-match')).toBe('No saved paper matches “zeolite”. 1 stored paper that is not saved does. Show all stored papers'));
    container.querySelector<HTMLButtonElement>('[data-testid="show-all-matching"]')?.click();
    await vi.waitFor(() => expect(itemIds(container)).toEqual(['b']));
  });

  it('shows message when nothing saved', async () => {
    const db = await seedDatabase([]);
    const container = await renderLibrary(db);

    await vi.waitFor(() =>
      expect(container.textContent).toContain("No saved papers yet. Open a profile or publication list on Google Scholar, dblp, arXiv or the ACL Anthology and use Save on a paper. On another site's publication list, press Scan this site for publications in the Scholar Lens popup first."),
    );
    expect(itemIds(container)).toEqual([]);
  });

  it('adds papers saved elsewhere', async () => {
    const db = await seedDatabase([savedPaper('a', '2024-01-05T00:00:00.000Z')]);
    const container = await renderLibrary(db);
    await vi.waitFor(() => expect(itemIds(container)).toEqual(['a']));

    await db.papers.put(savedPaper('b', '2024-02-05T00:00:00.000Z'));

    await vi.waitFor(() => expect(itemIds(container)).toEqual(['b', 'a']));
  });

  it('shows storage error', async () => {
    const db = await seedDatabase([savedPaper('a', '2024-01-05T00:00:00.000Z')]);
    vi.spyOn(db, 'open').mockRejectedValue(Object.assign(new Error('blocked'), { name: 'InvalidStateError' }));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const container = await renderLibrary(db);

    await vi.waitFor(() =>
      expect(container.querySelector('[role="alert"]')?.textContent).toContain(
        'Scholar Lens cannot open its storage in this window',
      ),
    );
    expect(itemIds(container)).toEqual([]);
  });
});
