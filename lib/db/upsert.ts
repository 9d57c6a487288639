import type { Paper, Profile, Topic } from '../model';
import { hash64, profileKey } from '../model';
import type { PaperState } from '../messaging/messages';
import type { ScholarLensDatabase, StoredPaper } from './database';
import { createStored, mergeStored } from './merge';
import { addToIndex, createIndex, findMatch, type KeyIndex } from './match';
import { alternateId, findStored } from './lookup';
import { linkVersions, statesWithVersions } from './versions';
import { needsWrite } from './unchanged';

/** Tags papers that carry no topics, given the topics of the profile's stored papers as a prior. */
export interface Tagger {
  /** Changes whenever the tagger can give other tags for the same text, so stored tags are renewed. */
  version: string;
  tagPapers(papers: Paper[], profileTopics: Topic[][]): Topic[][];
}

/**
 * Stores a page's papers in one transaction, and returns each input's stored state in input order.
 * A paper seen before (a shared identity key, or the same title within a year, and no conflicting
 * id) is updated under its existing id, so nothing is duplicated. A preprint and its published
 * paper are linked as versions. Records the sighting leaves unchanged are not written (see `needsWrite`).
 *
 * With `tag`, papers without topics are tagged first. Papers matching a stored paper that this
 * tagger version read with the same title, venue and abstract keep the stored tags instead.
 */
export async function upsertPapers(
  db: ScholarLensDatabase,
  profile: Profile | null,
  papers: Paper[],
  now = new Date().toISOString(),
  tag?: Tagger,
): Promise<PaperState[]> {
  return db.transaction('rw', db.papers, db.profiles, async () => {
    const key = profile ? profileKey(profile) : null;
    const profilePapers = key ? await readProfilePapers(db, key, papers.length) : null;
    if (profile && key) await db.profiles.put({ ...profile, key, updatedAt: now });

    // Match against the stored records and tag what needs it, before merging.
    const seen = papers.map((paper) => createStored(paper, now));
    const firstVisit = profilePapers?.length === 0;
    const stored = await findStored(db, seen, profilePapers ?? [], !firstVisit);
    const candidates = createIndex(stored);
    const readPrior = async () => profilePapers ?? (key ? await db.papers.where('profileKeys').equals(key).toArray() : []);
    const tagged = tag ? await withTopics(readPrior, papers, seen, candidates, tag) : papers;
    const sightings = tagged.map((paper, index) => (paper === papers[index] ? (seen[index] as StoredPaper) : createStored(paper, now)));

    const storedById = new Map(stored.map((record) => [record.id, record]));
    const changed = new Map<string, StoredPaper>();
    const ids: string[] = [];
    tagged.forEach((paper, index) => {
      const fresh = sightings[index] as StoredPaper;
      const match = findMatch(candidates, fresh);
      const same = match?.kind === 'same' ? match.record : null;
      // Two entries sharing their strongest key but conflicting on another id would derive one id.
      if (!same && candidates.ids.has(fresh.id)) fresh.id = alternateId(fresh.keys);
      const record = same ? mergeStored(same, paper, now) : fresh;
      if (tag && paper !== papers[index]) record.taggedFrom = tagText(paper, tag.version);
      for (const version of match?.kind === 'versions' ? linkVersions(record, match.records) : []) {
        addToIndex(candidates, version);
        changed.set(version.id, version);
      }
      addToIndex(candidates, record);
      changed.set(record.id, record);
      ids.push(record.id);
    });

    const writes = Array.from(changed.values()).filter((record) => needsWrite(storedById.get(record.id), record));
    if (writes.length > 0) await db.papers.bulkPut(writes);
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

/**
 * Returns `papers` with tags on those that have none and are new or changed in title, venue or
 * abstract. Close calls are broken by the topic mix of the tagged papers and of the profile's
 * stored papers, which `profilePapers` reads only when a paper needs tags.
 */
async function withTopics(
  profilePapers: () => Promise<StoredPaper[]>,
  papers: Paper[],
  sightings: StoredPaper[],
  stored: KeyIndex,
  tag: Tagger,
): Promise<Paper[]> {
  const untagged = papers.filter(
    (paper, index) => paper.topics.length === 0 && !keepsStoredTags(stored, sightings[index] as StoredPaper, tag.version),
  );
  if (untagged.length === 0) return papers;
  // The user's corrections stand for the tagger's topics in the prior.
  const known = (await profilePapers()).map((record) => record.userTopics ?? record.topics);
  const topics = tag.tagPapers(untagged, known);
  const byPaper = new Map(untagged.map((paper, index) => [paper, topics[index] ?? []]));
  return papers.map((paper) => (byPaper.has(paper) ? { ...paper, topics: byPaper.get(paper) ?? [] } : paper));
}

/** True when the sighting matches a stored paper that this tagger version read with the same title, venue and abstract. */
function keepsStoredTags(stored: KeyIndex, sighting: StoredPaper, version: string): boolean {
  const match = findMatch(stored, sighting);
  return match?.kind === 'same' && match.record.taggedFrom === tagText(sighting, version);
}

/** Returns a hash of the tagger version and the text the tagger reads. */
export function tagText(paper: Paper, version: string): string {
  return hash64(`${version}\n${paper.title}\n${paper.venue ?? ''}\n${paper.abstract ?? ''}`);
}
