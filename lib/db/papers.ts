import type { Paper, Profile, Topic } from '../model';
import { hash64, profileKey } from '../model';
import type { PaperState } from '../messaging/messages';
import type { ScholarLensDatabase, StoredPaper } from './database';
import { createStored, mergeStored } from './merge';
import { addToIndex, createIndex, findMatch, lookupKeys, type KeyIndex } from './match';
import { linkVersions, statesWithVersions } from './versions';

/**
 * Stores a page's papers in one transaction. A paper seen before (a shared identity key, or
 * the same title within a year, and no conflicting id) is updated under its existing id;
 * nothing is duplicated. A preprint and its published paper are linked as versions. Returns
 * each input's stored state, in input order.
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
      const same = match?.kind === 'same' ? match.record : null;
      if (!same && idTaken(candidates, fresh.id)) fresh.id = `p-${hash64(fresh.keys.join(' '))}`;
      const record = same ? mergeStored(same, paper, now) : fresh;
      for (const version of match?.kind === 'versions' ? linkVersions(record, match.records) : []) {
        addToIndex(candidates, version);
        changed.set(version.id, version);
      }
      addToIndex(candidates, record);
      changed.set(record.id, record);
      ids.push(record.id);
    }
    await db.papers.bulkPut(Array.from(changed.values()));
    return statesWithVersions(db, ids.map((id) => changed.get(id) as StoredPaper), changed);
  });
}

export async function setSaved(db: ScholarLensDatabase, id: string, saved: boolean, now = new Date().toISOString()) {
  return db.transaction('rw', db.papers, async () => {
    const record = await db.papers.get(id);
    if (!record) return null;
    const updated: StoredPaper = { ...record, saved: saved ? 1 : 0, savedAt: saved ? now : null, updatedAt: now };
    await db.papers.put(updated);
    const [state] = await statesWithVersions(db, [updated]);
    return state ?? stateOf(updated);
  });
}

/**
 * Stores the user's topic correction of a paper, with every tag's tier set to `user`, or clears it
 * with null. The correction lives on the record, so every site that shows the paper gets it back.
 * Returns null when no paper has the id.
 */
export async function setUserTopics(db: ScholarLensDatabase, id: string, topics: Topic[] | null, now = new Date().toISOString()) {
  return db.transaction('rw', db.papers, async () => {
    const record = await db.papers.get(id);
    if (!record) return null;
    const updated: StoredPaper = { ...record, updatedAt: now };
    if (topics) updated.userTopics = topics.map((topic) => ({ ...topic, tier: 'user' as const, score: 1 }));
    else delete updated.userTopics;
    await db.papers.put(updated);
    const [state] = await statesWithVersions(db, [updated]);
    return state ?? stateOf(updated);
  });
}

/** Returns the topics of the papers stored under a profile (`site:id`), corrections first, for the profile prior. */
export async function topicsOfProfile(db: ScholarLensDatabase, key: string): Promise<Topic[][]> {
  const records = await db.papers.where('profileKeys').equals(key).toArray();
  return records.map((record) => record.userTopics ?? record.topics);
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

async function findByKeys(db: ScholarLensDatabase, papers: Paper[]): Promise<StoredPaper[]> {
  const keys = new Set<string>();
  for (const paper of papers) for (const key of lookupKeys(createStored(paper, ''))) keys.add(key);
  if (keys.size === 0) return [];
  return db.papers.where('keys').anyOf(Array.from(keys)).distinct().toArray();
}

/**
 * True when a different work already uses `id`: two entries that share their strongest key
 * but conflict on another id (two versions listed apart on one profile) would derive one id.
 */
function idTaken(index: KeyIndex, id: string): boolean {
  return index.ids.has(id);
}
