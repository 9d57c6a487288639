import type { ScholarLensDatabase, StoredPaper } from '@/lib/db/database';
import type { Paper } from '@/lib/model';

export const NOTHING_SAVED_MESSAGE = 'No saved papers yet. Open a Google Scholar profile and use Save on a paper.';

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

/**
 * Converts a stored record to the paper that exports see: the user's topic corrections replace
 * the tagger's topics, and the database's own fields (identity keys, saved state, timestamps,
 * note) are left out.
 */
export function toExportedPaper(record: StoredPaper): Paper {
  const {
    keys: _keys,
    profileKeys: _profileKeys,
    saved: _saved,
    savedAt: _savedAt,
    addedAt: _addedAt,
    updatedAt: _updatedAt,
    note: _note,
    userTopics,
    ...paper
  } = record;
  return { ...paper, topics: userTopics ?? paper.topics };
}
