import type { ScholarLensDatabase, StoredPaper } from '../db/database';
import { upsertPapers } from '../db/papers';
import type { ImportEntry } from './entry';

export interface ImportSummary {
  /** Papers in the file. */
  read: number;
  /** Papers that were not in the library before. */
  added: number;
  /** Papers merged into a paper the library already had, or into another entry of the same file. */
  merged: number;
}

/**
 * Writes validated import entries in one transaction, so a failure writes nothing. Each paper goes
 * through `upsertPapers`, so a paper the library already has is merged into it, not added twice.
 * Imported papers are saved. A Scholar Lens JSON export also restores each paper's saved state,
 * date added, note, topic corrections and tags, without overwriting a note or corrections the
 * library already has.
 */
export async function writeImport(
  db: ScholarLensDatabase,
  entries: ImportEntry[],
  now = new Date().toISOString(),
): Promise<ImportSummary> {
  return db.transaction('rw', db.papers, db.profiles, async () => {
    const states = await upsertPapers(db, null, entries.map((entry) => entry.paper), now);
    const ids = states.map((state) => state.id);

    const records = new Map<string, StoredPaper>();
    for (const record of await db.papers.bulkGet(ids)) if (record) records.set(record.id, record);
    // `upsertPapers` sets `addedAt` to `now` only on the records it created.
    const added = Array.from(records.values()).filter((record) => record.addedAt === now).length;
    entries.forEach((entry, index) => {
      const id = ids[index];
      const record = id === undefined ? undefined : records.get(id);
      if (record) records.set(record.id, applyUserState(record, entry, now));
    });
    await db.papers.bulkPut(Array.from(records.values()));
    return { read: entries.length, added, merged: entries.length - added };
  });
}

function applyUserState(record: StoredPaper, entry: ImportEntry, now: string): StoredPaper {
  const state = entry.state;
  const tags = union(record.userTags ?? [], [...(state?.userTags ?? []), ...entry.keywords]);
  const saved = state ? record.saved === 1 || state.saved : true;
  const importedSavedAt = state ? state.savedAt : now;
  const updated: StoredPaper = {
    ...record,
    saved: saved ? 1 : 0,
    savedAt: saved ? (record.savedAt ?? importedSavedAt ?? now) : null,
    addedAt: state && state.addedAt < record.addedAt ? state.addedAt : record.addedAt,
  };
  const note = record.note ?? state?.note;
  if (note !== undefined) updated.note = note;
  const userTopics = record.userTopics ?? state?.userTopics;
  if (userTopics !== undefined) updated.userTopics = userTopics;
  if (tags.length > 0) updated.userTags = tags;
  return updated;
}

function union(a: string[], b: string[]): string[] {
  return Array.from(new Set([...a, ...b]));
}
