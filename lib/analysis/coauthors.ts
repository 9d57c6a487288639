import type { Paper } from '../model';
import { summarizeCollaboration } from './collaboration/summary';

export { nameKey } from './names';

export interface CoauthorSummary {
  /** The fullest (longest) spelling seen for this person. */
  name: string;
  /** Papers the co-author shares with the owner. */
  count: number;
  firstYear: number | null;
  lastYear: number | null;
  /** `count` divided by the number of papers. */
  share: number;
}

/**
 * Lists the owner's most frequent co-authors, most joint papers first, then most recent. Spellings
 * of one person ("J Smith", "John Smith") are merged and the owner is never listed. The full
 * summary, with author positions and profile links, is `summarizeCollaboration`.
 */
export function topCoauthors(papers: Paper[], owner: { name: string }, limit = 10): CoauthorSummary[] {
  const { top } = summarizeCollaboration(papers, { name: owner.name }, { limit });
  return top.map(({ name, papers: count, firstYear, lastYear, share }) => ({ name, count, firstYear, lastYear, share }));
}
