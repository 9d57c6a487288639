import type { Paper } from '../model';
import { unusedId } from './lookup';
import { addToIndex, createIndex, findMatch } from './match';
import { createStored, mergeStored } from './merge';

/**
 * Assigns the papers of one page, in page order, the ids the store would give them, without a
 * database. Rows of one work take the id of its first row. A work whose strongest key derives an id
 * that another work already took (two Scholar rows sharing a cluster id, each with its own article)
 * takes the id derived from all its keys.
 */
export function settlePageIds(papers: Paper[], now: string): void {
  const index = createIndex([]);
  for (const paper of papers) {
    const fresh = createStored(paper, now);
    const match = findMatch(index, fresh);
    if (match?.kind === 'same') {
      const merged = mergeStored(match.record, paper, now);
      addToIndex(index, merged);
      paper.id = merged.id;
      continue;
    }
    if (index.ids.has(fresh.id)) fresh.id = unusedId(index.ids, fresh.keys);
    paper.id = fresh.id;
    addToIndex(index, fresh);
  }
}

/** Returns the first paper of each id, in order, for exports that list a work once. */
export function onePerWork(papers: readonly Paper[]): Paper[] {
  const seen = new Set<string>();
  return papers.filter((paper) => !seen.has(paper.id) && seen.add(paper.id));
}
