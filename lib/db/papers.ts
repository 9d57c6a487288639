import type { Topic } from '../model';
import type { PaperState } from '../messaging/messages';
import type { ScholarLensDatabase, StoredPaper } from './database';
import { statesWithVersions } from './versions';

export { upsertPapers } from './upsert';
export { tagStoredPapers, type Tagger } from './tag-stored';

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
