import type { Paper, Topic } from '../model';
import { hash64 } from '../model';
import type { ScholarLensDatabase, StoredPaper } from './database';
import { mergeTopics } from './merge';

/** Tags papers, given the topics of the profile's stored papers as a prior. */
export interface Tagger {
  /** Changes whenever the tagger can give other tags for the same text, so stored tags are renewed. */
  version: string;
  tagPapers(papers: Paper[], profileTopics: Topic[][]): Topic[][];
}

/**
 * Tags stored papers that this tagger version has not read with their current title, venue and
 * abstract, and stores their topics in one transaction. A page sends this after its papers are
 * stored, so that storing does not wait for tagging. The profile's stored papers (the user's
 * corrections in place of their tags) are the prior for close calls.
 * Returns, per id, the new topics, or null for a paper that needed none or is not stored.
 */
export async function tagStoredPapers(
  db: ScholarLensDatabase,
  ids: readonly string[],
  profileKey: string | null,
  tag: Tagger,
): Promise<(Topic[] | null)[]> {
  return db.transaction('rw', db.papers, async () => {
    const unique = [...new Set(ids)];
    const records = await db.papers.bulkGet(unique);
    const untagged = records.filter((record): record is StoredPaper => record !== undefined && record.taggedFrom !== tagText(record, tag.version));
    if (untagged.length === 0) return ids.map(() => null);

    const profilePapers = profileKey ? await db.papers.where('profileKeys').equals(profileKey).toArray() : [];
    const topics = tag.tagPapers(untagged, profilePapers.map((record) => record.userTopics ?? record.topics));
    const tagged = new Map<string, Topic[]>();
    untagged.forEach((record, index) => {
      record.topics = mergeTopics(record.topics, topics[index] ?? []);
      record.taggedFrom = tagText(record, tag.version);
      tagged.set(record.id, record.topics);
    });
    await db.papers.bulkPut(untagged);
    return ids.map((id) => tagged.get(id) ?? null);
  });
}

/** Returns a hash of the tagger version and the text the tagger reads. */
function tagText(paper: Paper, version: string): string {
  return hash64(`${version}\n${paper.title}\n${paper.venue ?? ''}\n${paper.abstract ?? ''}`);
}
