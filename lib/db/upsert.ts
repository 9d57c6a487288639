import type { Paper, Profile } from '../model';
import { profileKey } from '../model';
import type { PaperState } from '../messaging/messages';
import type { ScholarLensDatabase, StoredPaper } from './database';
import { createStored, mergeStored } from './merge';
import { mergeImported } from './merge-import';
import { addToIndex, createIndex, findMatch } from './match';
import { findStored, unusedId } from './lookup';
import { linkVersions, statesWithVersions } from './versions';
import { needsWrite } from './unchanged';

/** Number of records matched before their write is requested. */
const WRITE_SLICE = 100;

/**
 * Papers to store, read once in order. `length` counts the records requested, and a source that
 * validates as it is read (`checkRecordsAsRead`) may give fewer.
 */
export interface PaperSource extends Iterable<Paper> {
  readonly length: number;
}

export interface UpsertOptions {
  /** Merge as a file import (`mergeImported`), which fills gaps and keeps fuller stored values, in place of a page sighting (`mergeStored`). */
  fromImport?: boolean;
}

/**
 * Stores a page's papers in one transaction, and returns each input's stored state in input order.
 * A paper seen before (a shared identity key, or the same title within a year, and no conflicting
 * id) is updated under its existing id, so nothing is duplicated. A preprint and its published
 * paper are linked as versions. Records the sighting leaves unchanged are not written (see `needsWrite`).
 * Tags are added afterwards by `tagStoredPapers`, so that storing does not wait for the tagger.
 */
export async function upsertPapers(
  db: ScholarLensDatabase,
  profile: Profile | null,
  papers: PaperSource,
  now = new Date().toISOString(),
  { fromImport = false }: UpsertOptions = {},
): Promise<PaperState[]> {
  const merge = fromImport ? mergeImported : mergeStored;
  return db.transaction('rw', db.papers, db.profiles, async () => {
    const key = profile ? profileKey(profile) : null;
    // The reads and the profile's write are requested together, so that the database serves them in one go.
    const profileRead = key ? readProfilePapers(db, key, papers.length) : null;
    const profileWrite = profile && key ? db.profiles.put({ ...profile, key, updatedAt: now }) : null;

    const storeRead = db.papers.limit(1).primaryKeys();
    const [profilePapers, , anyKey] = await Promise.all([profileRead, profileWrite, storeRead]);
    // An empty store, as on first use, has nothing to match. Then each record is read (and validated,
    // for a checking source) and built just before it is matched, while the database writes the earlier slices.
    const listed = anyKey.length === 0 ? null : Array.from(papers);
    const seen = listed?.map((paper) => createStored(paper, now));
    const firstVisit = profilePapers?.length === 0;
    const stored = seen ? await findStored(db, seen, profilePapers ?? [], !firstVisit) : [];
    const candidates = createIndex(stored);

    const storedById = new Map(stored.map((record) => [record.id, record]));
    const changed = new Map<string, StoredPaper>();
    const ids: string[] = [];
    // Records are written a slice at a time as they are matched, so that the database writes one
    // slice while the next is matched. A record changed again later is written again, and the last
    // write in the transaction wins.
    const writes: Promise<unknown>[] = [];
    let unwritten = new Map<string, StoredPaper>();
    const write = () => {
      const records = Array.from(unwritten.values()).filter((record) => needsWrite(storedById.get(record.id), record));
      if (records.length > 0) writes.push(db.papers.bulkPut(records));
      unwritten = new Map();
    };
    let index = 0;
    for (const paper of listed ?? papers) {
      const fresh = seen ? (seen[index] as StoredPaper) : createStored(paper, now);
      index++;
      const match = findMatch(candidates, fresh);
      const same = match?.kind === 'same' ? match.record : null;
      // Two entries sharing their strongest key but conflicting on another id would derive one id.
      if (!same && candidates.ids.has(fresh.id)) fresh.id = unusedId(candidates.ids, fresh.keys);
      const record = same ? merge(same, paper, now) : fresh;
      for (const version of match?.kind === 'versions' ? linkVersions(record, match.records) : []) {
        addToIndex(candidates, version);
        changed.set(version.id, version);
        unwritten.set(version.id, version);
      }
      addToIndex(candidates, record);
      changed.set(record.id, record);
      unwritten.set(record.id, record);
      ids.push(record.id);
      if (unwritten.size >= WRITE_SLICE) write();
    }
    write();
    await Promise.all(writes);

    return statesWithVersions(db, ids.map((id) => changed.get(id) as StoredPaper), changed);
  });
}

/**
 * Returns the papers stored under a profile, or null when there are more than twice as many as
 * the page shows. For a page showing most of its profile, one index read measured faster than a
 * read per id (headless Chromium 156, 1000 stored papers). A first visit returns an empty list.
 */
async function readProfilePapers(db: ScholarLensDatabase, key: string, rowsOnPage: number): Promise<StoredPaper[] | null> {
  const count = await db.papers.where('profileKeys').equals(key).count();
  if (count > 2 * rowsOnPage) return null;
  return count === 0 ? [] : db.papers.where('profileKeys').equals(key).toArray();
}
