import type { ScholarLensDatabase, StoredPaper } from '@/lib/db/database';
import { Paper } from '@/lib/model';
import type { AnnotatedPaper } from '@/lib/export/fields';
import { sortPapers } from '@/lib/search/sort';

export const NOTHING_SAVED_MESSAGE =
  "No saved papers yet. Open a profile or publication list on Google Scholar, dblp, arXiv or the ACL Anthology and use Save on a paper. On another site's publication list, press Scan this site for publications in the Scholar Lens popup first.";

/** Loads the saved papers in the order `savedPapersInExportOrder` gives them. */
export async function loadSavedPapers(db: ScholarLensDatabase): Promise<StoredPaper[]> {
  return savedPapersInExportOrder(await db.papers.where('saved').equals(1).toArray());
}

/**
 * Returns the saved papers among `records` in the order that every export of all saved papers
 * uses, in the popup and in the library. The paper saved last comes first, a paper without a save
 * time counts from when it was stored, and ties sort by title, then id. This is the library's
 * "Date added (newest first)" sort.
 */
export function savedPapersInExportOrder(records: StoredPaper[]): StoredPaper[] {
  return sortPapers(
    records.filter((record) => record.saved === 1),
    'added',
  );
}

/**
 * Returns the papers listed under a profile (its `site:id` key) in the order the library lists them
 * when it opens filtered to that profile, which "Export this profile" writes them in.
 */
export function profilePapersInExportOrder(records: StoredPaper[], profileKey: string): StoredPaper[] {
  return sortPapers(
    records.filter((record) => record.profileKeys.includes(profileKey)),
    'added',
  );
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

/**
 * Converts a stored record to the paper that the citation formats see: `toExportedPaper` with the
 * user's note and tags, which they write as an annotation and keywords. The JSON envelope carries
 * both in its library entries instead.
 */
export function toAnnotatedPaper(record: StoredPaper): AnnotatedPaper {
  const paper: AnnotatedPaper = toExportedPaper(record);
  if (record.note) paper.note = record.note;
  if (record.userTags && record.userTags.length > 0) paper.userTags = record.userTags;
  return paper;
}
