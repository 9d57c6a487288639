import type { StoredPaper } from '../db/database';

export type SortKey = 'added' | 'year' | 'citations' | 'title';

export const SORT_LABELS: Record<SortKey, string> = {
  added: 'Date added (newest first)',
  year: 'Year (newest first)',
  citations: 'Citations (most first)',
  title: 'Title (A to Z)',
};

const titleCollator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * Returns a sorted copy of `papers`. A paper without a year or citation count sorts after every
 * paper that has one, and ties fall back to the title, then the id, so the order is stable.
 */
export function sortPapers(papers: StoredPaper[], key: SortKey): StoredPaper[] {
  return [...papers].sort((a, b) => compareBy(a, b, key) || titleCollator.compare(a.title, b.title) || compareText(a.id, b.id));
}

function compareBy(a: StoredPaper, b: StoredPaper, key: SortKey): number {
  switch (key) {
    case 'added':
      return compareText(dateAdded(b), dateAdded(a));
    case 'year':
      return compareDescendingNullsLast(a.year, b.year);
    case 'citations':
      return compareDescendingNullsLast(a.citations, b.citations);
    case 'title':
      return 0;
  }
}

/** The time the paper entered the library: when it was saved, or else when it was first stored. */
function dateAdded(paper: StoredPaper): string {
  return paper.savedAt ?? paper.addedAt;
}

function compareDescendingNullsLast(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return b - a;
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
