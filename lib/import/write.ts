import type { ScholarLensDatabase, StoredPaper } from '../db/database';
import { upsertPapers } from '../db/papers';
import type { ProfileEntry } from '../export/envelope';
import type { ImportContent, ImportEntry } from './entry';

/** The outcome of an import, with each entry of the file counted once. */
export interface ImportSummary {
  /** Entries in the file, crossref volumes included. */
  read: number;
  /** Entries that became new papers. */
  added: number;
  /** Entries merged into a paper the library had before the import. */
  mergedIntoStored: number;
  /** Entries merged into a new paper that an earlier entry of the same file added. */
  mergedInFile: number;
  /** Volume entries read only as the venue of the entries that name them by `crossref`. */
  crossrefVolumes: number;
  /** Profiles written: those not stored before and those replacing an older stored copy. */
  profiles: number;
  /**
   * Ids of the stored papers that the entries went into and that have no topics, so that they can be
   * tagged next. Topics that a file's keywords gave are kept, because tagging would replace them.
   */
  untaggedIds: string[];
}

/**
 * Writes a validated import file's papers and profiles in one transaction, so a failure writes
 * nothing. Each paper goes through `upsertPapers`, so a paper the library already has is merged
 * into it, not added twice. The merge follows `mergeImported`, which fills gaps and never replaces
 * a fuller stored value with a shorter one. Imported papers are saved. A Scholar Lens JSON export
 * also restores each paper's saved state, date added, note, topic corrections and tags, without
 * overwriting a note or corrections the library already has, and its profiles (see `restoreProfiles`).
 */
export async function writeImport(
  db: ScholarLensDatabase,
  { entries, profiles, crossrefVolumes }: ImportContent,
  now = new Date().toISOString(),
): Promise<ImportSummary> {
  return db.transaction('rw', db.papers, db.profiles, async () => {
    const states = await upsertPapers(db, null, entries.map((entry) => entry.paper), now, { fromImport: true });
    const ids = states.map((state) => state.id);

    const records = new Map<string, StoredPaper>();
    for (const record of await db.papers.bulkGet(ids)) if (record) records.set(record.id, record);
    const counts = countOutcomes(ids, records, now);
    entries.forEach((entry, index) => {
      const id = ids[index];
      const record = id === undefined ? undefined : records.get(id);
      if (record) records.set(record.id, applyUserState(record, entry, now));
    });
    await db.papers.bulkPut(Array.from(records.values()));
    const restored = await restoreProfiles(db, profiles);
    const untaggedIds = Array.from(records.values())
      .filter((record) => record.topics.length === 0)
      .map((record) => record.id);
    return { read: entries.length + crossrefVolumes, ...counts, crossrefVolumes, profiles: restored, untaggedIds };
  });
}

/**
 * Counts, per entry, whether it added a paper, merged into a paper stored before, or merged into
 * a paper an earlier entry of the file added. `upsertPapers` sets `addedAt` to `now` only on the
 * records it created, so this runs before `applyUserState` can move `addedAt` back.
 */
function countOutcomes(ids: string[], records: Map<string, StoredPaper>, now: string) {
  const counts = { added: 0, mergedIntoStored: 0, mergedInFile: 0 };
  const addedIds = new Set<string>();
  for (const id of ids) {
    if (records.get(id)?.addedAt !== now) counts.mergedIntoStored++;
    else if (addedIds.has(id)) counts.mergedInFile++;
    else {
      addedIds.add(id);
      counts.added++;
    }
  }
  return counts;
}

/**
 * Writes each profile that is not stored or whose stored copy is older by `updatedAt`, and returns
 * how many it wrote. A stored copy read at the same time or later is kept. Of two entries with the
 * same key, the one with the later `updatedAt` is used.
 */
async function restoreProfiles(db: ScholarLensDatabase, profiles: ProfileEntry[]): Promise<number> {
  const latest = new Map<string, ProfileEntry>();
  for (const profile of profiles) {
    const other = latest.get(profile.key);
    if (!other || isLater(profile, other)) latest.set(profile.key, profile);
  }

  const candidates = Array.from(latest.values());
  const stored = await db.profiles.bulkGet(candidates.map((profile) => profile.key));
  const writes = candidates.filter((profile, index) => {
    const current = stored[index];
    return current === undefined || isLater(profile, current);
  });
  await db.profiles.bulkPut(writes);
  return writes.length;
}

/** Compares parsed times, because ISO 8601 strings with and without milliseconds do not sort as text. */
function isLater(a: { updatedAt: string }, b: { updatedAt: string }): boolean {
  return Date.parse(a.updatedAt) > Date.parse(b.updatedAt);
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
  const note = record.note ?? state?.note ?? entry.note;
  if (note !== undefined) updated.note = note;
  const userTopics = record.userTopics ?? state?.userTopics;
  if (userTopics !== undefined) updated.userTopics = userTopics;
  if (tags.length > 0) updated.userTags = tags;
  return updated;
}

function union(a: string[], b: string[]): string[] {
  return Array.from(new Set([...a, ...b]));
}
