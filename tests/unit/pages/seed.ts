import { render } from 'preact';
import type { ComponentChild } from 'preact';
import { ScholarLensDatabase, type StoredPaper } from '@/lib/db/database';

/** Builds a stored paper with every required field, then applies `overrides`. */
export function storedPaper(id: string, overrides: Partial<StoredPaper> = {}): StoredPaper {
  return {
    id,
    title: `Paper ${id}`,
    authors: [{ name: 'Ada Lovelace' }, { name: 'Alan Turing' }],
    authorsTruncated: false,
    venue: 'Proceedings of Tests',
    year: 2021,
    citations: 12,
    ids: {},
    links: [],
    codeLinks: [],
    topics: [],
    provenance: [
      {
        site: 'google-scholar',
        profile: 'google-scholar:abc123',
        pageUrl: 'https://scholar.google.com/citations?user=abc123',
        firstSeen: '2024-01-01T00:00:00.000Z',
        lastSeen: '2024-01-01T00:00:00.000Z',
      },
    ],
    keys: [`title:paper ${id}|2021`],
    profileKeys: ['google-scholar:abc123'],
    saved: 0,
    savedAt: null,
    addedAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    ...overrides,
  };
}

/** Builds a paper saved at `savedAt`. */
export function savedPaper(id: string, savedAt: string, overrides: Partial<StoredPaper> = {}): StoredPaper {
  return storedPaper(id, { saved: 1, savedAt, ...overrides });
}

/** Creates a database with a unique name, filled with `papers`. */
export async function seedDatabase(papers: StoredPaper[]): Promise<ScholarLensDatabase> {
  const db = new ScholarLensDatabase(`test-${crypto.randomUUID()}`);
  await db.papers.bulkPut(papers);
  return db;
}

/** Renders `node` into a fresh container. `unmount` removes it and deletes the database. */
export function mount(node: ComponentChild, db: ScholarLensDatabase) {
  const container = document.createElement('div');
  document.body.append(container);
  render(node, container);
  return {
    container,
    async unmount() {
      render(null, container);
      container.remove();
      await db.delete();
    },
  };
}

/** Returns the text of the element with `data-testid`, or null when it is absent. */
export function textOf(container: Element, testId: string): string | null {
  return container.querySelector(`[data-testid="${testId}"]`)?.textContent ?? null;
}

/**
 * Saved papers stored in an order unlike their save times, two of them saved at the same time,
 * and one paper that is not saved. `SAVED_EXPORT_ORDER` is the order exports of all saved papers
 * list them in.
 */
export const SAVED_IN_MIXED_ORDER: StoredPaper[] = [
  savedPaper('a', '2024-01-01T00:00:00.000Z', { title: 'Alpha' }),
  savedPaper('b', '2024-03-01T00:00:00.000Z', { title: 'Beta' }),
  savedPaper('c', '2024-02-01T00:00:00.000Z', { title: 'Study 10' }),
  savedPaper('d', '2024-02-01T00:00:00.000Z', { title: 'Study 2' }),
  storedPaper('e', { title: 'Not saved' }),
];
export const SAVED_EXPORT_ORDER = ['b', 'd', 'c', 'a'];
