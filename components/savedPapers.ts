import type { ScholarLensDatabase, StoredPaper } from '@/lib/db/database';
import { Paper } from '@/lib/model';

export const NOTHING_SAVED_MESSAGE =
  'No saved papers yet. Open a profile or publication list on Google Scholar, dblp, arXiv, Semantic Scholar, OpenReview or the ACL Anthology, and use Save on a paper.';

/** Loads the saved papers, newest saved first. Papers saved at the same time sort by title. */
export async function loadSavedPapers(db: ScholarLensDatabase): Promise<StoredPaper[]> {
  const records = await db.papers.where('saved').equals(1).toArray();
  return records.sort(compareNewestSaved);
}

function compareNewestSaved(a: StoredPaper, b: StoredPaper): number {
  const left = a.savedAt ?? a.addedAt;
  const right = b.savedAt ?? b.addedAt;
  if (left !== right) return left < right ? 1 : -1;
  return a.title.localeCompare(b.title);
}

/** The fields of the `Paper` schema, read from the schema so that a new model field is exported too. */
const PAPER_FIELDS = Object.keys(Paper.shape) as (keyof Paper)[];

/**
 * Converts a stored record to the paper that exports see: the user's topic corrections replace
 * the tagger's topics, and every field outside the `Paper` schema (identity keys, saved state,
 * timestamps, note, tags, merge bookkeeping) is left out.
 */
export function toExportedPaper(record: StoredPaper): Paper {
  const paper: Record<string, unknown> = {};
  for (const field of PAPER_FIELDS) {
    if (record[field] !== undefined) paper[field] = record[field];
  }
  paper.topics = record.userTopics ?? record.topics;
  return paper as Paper;
}
