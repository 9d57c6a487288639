import { identityKeys, normalizeTitle, type Paper, type Provenance, type Topic } from '../model';
import type { StoredPaper } from './database';
import { initialSources, mergeSources } from './field-sources';

/** Key kinds that name exactly one work: two records with different values are different works. */
const EXCLUSIVE_IDS = ['doi', 'arxiv', 'dblpKey', 'aclAnthology'] as const;

/**
 * True when two records must not be merged although they share a key: they carry different
 * exclusive ids, or are two entries of the same Scholar profile (Scholar lists unmerged
 * versions of one paper separately, sometimes with overlapping cluster ids). Two entries with the
 * same DOI or arXiv id and the same folded title are still one work. The title must agree because
 * Scholar also puts one arXiv id on two different papers of a profile.
 */
export function conflicts(a: Paper, b: Paper): boolean {
  let sameExclusiveId = false;
  for (const kind of EXCLUSIVE_IDS) {
    const left = a.ids[kind];
    const right = b.ids[kind];
    if (left && right && left !== right) return true;
    if (left && left === right) sameExclusiveId = true;
  }
  if (sameExclusiveId && normalizeTitle(a.title) === normalizeTitle(b.title)) return false;
  const left = a.ids.scholarArticle;
  const right = b.ids.scholarArticle;
  if (left && right && left !== right && left.split(':')[0] === right.split(':')[0]) return true;
  return false;
}

/** Builds the stored record for a paper seen for the first time. */
export function createStored(paper: Paper, now: string): StoredPaper {
  return {
    ...paper,
    keys: identityKeys(paper.ids, paper.title, paper.year),
    profileKeys: profileKeysOf(paper.provenance),
    fieldSources: initialSources(paper),
    saved: 0,
    savedAt: null,
    addedAt: now,
    updatedAt: now,
  };
}

/**
 * Merges a new sighting into a stored record. The stored id, saved state, note, topic
 * corrections and version links are kept. Page fields take the newest sighting, and ids, links,
 * code links and provenance are unions. arXiv categories outlive sightings that have none.
 */
export function mergeStored(stored: StoredPaper, seen: Paper, now: string): StoredPaper {
  const keepAuthors = keepsStoredAuthors(stored, seen);
  const clusters = union(stored.ids.scholarClusters ?? [], seen.ids.scholarClusters ?? []);
  const ids = { ...stored.ids, ...seen.ids, ...(clusters.length > 0 && { scholarClusters: clusters }) };
  const provenance = mergeProvenance(stored.provenance, seen.provenance);
  const merged: StoredPaper = {
    ...stored,
    title: seen.title,
    authors: keepAuthors ? stored.authors : seen.authors,
    authorsTruncated: keepAuthors ? stored.authorsTruncated : seen.authorsTruncated,
    venue: seen.venue ?? stored.venue,
    year: seen.year ?? stored.year,
    citations: seen.citations ?? stored.citations,
    ids,
    links: unionBy([...stored.links, ...seen.links], (link) => link.url),
    codeLinks: unionBy([...stored.codeLinks, ...seen.codeLinks], (link) => link.url),
    topics: mergeTopics(stored.topics, seen.topics),
    provenance,
    profileKeys: profileKeysOf(provenance),
    updatedAt: now,
  };
  copyOptional(merged, seen, ['venueTruncated', 'citationsCountedUnder', 'citationsMerged']);
  // Only search results show the version count, so a sighting without one keeps the stored count.
  if (seen.siteVersions !== undefined) merged.siteVersions = seen.siteVersions;
  if (seen.abstract) merged.abstract = seen.abstract;
  if (seen.type) merged.type = seen.type;
  const arxivVersion = Math.max(stored.arxivVersion ?? 0, seen.arxivVersion ?? 0);
  if (arxivVersion > 0) merged.arxivVersion = arxivVersion;
  merged.keys = union(stored.keys, identityKeys(ids, merged.title, merged.year));
  merged.fieldSources = mergeSources(stored.fieldSources ?? {}, stored, merged, seen);
  return merged;
}

/**
 * True when the stored author list is better than the sighting's: the sighting's list is cut
 * short and the stored one is not, or the stored names carry site person ids (dblp pids) that
 * the sighting's names lack. Either way the stored list must be at least as long.
 */
function keepsStoredAuthors(stored: Paper, seen: Paper): boolean {
  if (stored.authorsTruncated || stored.authors.length < seen.authors.length) return false;
  if (seen.authorsTruncated) return true;
  const hasIds = (paper: Paper) => paper.authors.some((author) => author.siteId);
  return hasIds(stored) && !hasIds(seen);
}

/**
 * arXiv categories come from either record, the sighting's first; the other tiers come from
 * the sighting when it has any. Category topics go first because they are the authors' own.
 */
export function mergeTopics(stored: Topic[], seen: Topic[]): Topic[] {
  const isCategory = (topic: Topic) => topic.tier === 'arxiv-category';
  const seenCategories = seen.filter(isCategory);
  const categories = seenCategories.length > 0 ? seenCategories : stored.filter(isCategory);
  const seenOthers = seen.filter((topic) => !isCategory(topic));
  const others = seenOthers.length > 0 ? seenOthers : stored.filter((topic) => !isCategory(topic));
  return unionBy([...categories, ...others], (topic) => `${topic.field}|${topic.class ?? topic.label}`);
}

/** Copies optional fields from the sighting, deleting those it lacks. */
export function copyOptional<K extends keyof Paper>(target: StoredPaper, source: Paper, fields: K[]): void {
  for (const field of fields) {
    if (source[field] === undefined) delete target[field];
    else target[field] = source[field] as StoredPaper[K];
  }
}

function mergeProvenance(stored: Provenance[], seen: Provenance[]): Provenance[] {
  const result = stored.map((entry) => ({ ...entry }));
  for (const sighting of seen) {
    const match = result.find((entry) => entry.site === sighting.site && entry.profile === sighting.profile);
    if (match) {
      match.lastSeen = sighting.lastSeen;
      match.pageUrl = sighting.pageUrl;
      if (sighting.listingKind) match.listingKind = sighting.listingKind;
    } else {
      result.push({ ...sighting });
    }
  }
  return result;
}

export function profileKeysOf(provenance: Provenance[]): string[] {
  return union([], provenance.flatMap((entry) => (entry.profile ? [entry.profile] : [])));
}

export function union(a: string[], b: string[]): string[] {
  return Array.from(new Set([...a, ...b]));
}

export function unionBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return Array.from(seen.values());
}
