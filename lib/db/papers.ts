import type { Paper, Profile } from '../model';
import { hash64, profileKey } from '../model';
import type { PaperState } from '../messaging/messages';
import type { ScholarLensDatabase, StoredPaper } from './database';
import { conflicts, createStored, mergeStored } from './merge';

/**
 * Stores a page's papers in one transaction. A paper seen before (any shared identity key and
 * no conflicting id) is updated under its existing id; nothing is duplicated. Returns each
 * input's stored state, in input order.
 */
export async function upsertPapers(
  db: ScholarLensDatabase,
  profile: Profile | null,
  papers: Paper[],
  now = new Date().toISOString(),
): Promise<PaperState[]> {
  return db.transaction('rw', db.papers, db.profiles, async () => {
    if (profile) await db.profiles.put({ ...profile, key: profileKey(profile), updatedAt: now });

    const candidates = createIndex(await findByKeys(db, papers));
    const changed = new Map<string, StoredPaper>();
    const ids: string[] = [];
    for (const paper of papers) {
      const fresh = createStored(paper, now);
      const match = findMatch(candidates, fresh);
      if (!match && idTaken(candidates, fresh.id)) fresh.id = `p-${hash64(fresh.keys.join(' '))}`;
      const record = match ? mergeStored(match, paper, now) : fresh;
      addToIndex(candidates, record);
      changed.set(record.id, record);
      ids.push(record.id);
    }
    await db.papers.bulkPut(Array.from(changed.values()));
    return ids.map((id) => stateOf(changed.get(id) as StoredPaper));
  });
}

export async function setSaved(db: ScholarLensDatabase, id: string, saved: boolean, now = new Date().toISOString()) {
  return db.transaction('rw', db.papers, async () => {
    const record = await db.papers.get(id);
    if (!record) return null;
    const updated: StoredPaper = { ...record, saved: saved ? 1 : 0, savedAt: saved ? now : null, updatedAt: now };
    await db.papers.put(updated);
    return stateOf(updated);
  });
}

export async function libraryStats(db: ScholarLensDatabase) {
  const [stored, saved] = await Promise.all([db.papers.count(), db.papers.where('saved').equals(1).count()]);
  return { stored, saved };
}

export function stateOf(record: StoredPaper): PaperState {
  return {
    id: record.id,
    saved: record.saved === 1,
    codeLinks: record.codeLinks,
    topics: record.topics,
    ...(record.userTopics && { userTopics: record.userTopics }),
  };
}

/** Records by identity key, plus every id in use, for one upsert batch. */
interface KeyIndex {
  byKey: Map<string, StoredPaper[]>;
  ids: Set<string>;
}

async function findByKeys(db: ScholarLensDatabase, papers: Paper[]): Promise<StoredPaper[]> {
  const keys = new Set<string>();
  for (const paper of papers) for (const key of createStored(paper, '').keys) keys.add(key);
  if (keys.size === 0) return [];
  return db.papers.where('keys').anyOf(Array.from(keys)).distinct().toArray();
}

function createIndex(records: StoredPaper[]): KeyIndex {
  const index: KeyIndex = { byKey: new Map(), ids: new Set() };
  for (const record of records) addToIndex(index, record);
  return index;
}

function addToIndex(index: KeyIndex, record: StoredPaper): void {
  index.ids.add(record.id);
  for (const key of record.keys) {
    const list = (index.byKey.get(key) ?? []).filter((entry) => entry.id !== record.id);
    list.push(record);
    index.byKey.set(key, list);
  }
}

/**
 * True when a different work already uses `id`: two entries that share their strongest key
 * but conflict on another id (two versions listed apart on one profile) would derive one id.
 */
function idTaken(index: KeyIndex, id: string): boolean {
  return index.ids.has(id);
}

/** The first stored record sharing a key with `paper`, trying the strongest key first. */
function findMatch(index: KeyIndex, paper: StoredPaper): StoredPaper | null {
  for (const key of paper.keys) {
    for (const candidate of index.byKey.get(key) ?? []) {
      if (!conflicts(candidate, paper)) return candidate;
    }
  }
  return null;
}
