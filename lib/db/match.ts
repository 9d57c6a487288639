import { normalizeTitle, type Paper } from '../model';
import type { StoredPaper } from './database';
import { conflicts } from './merge';
import { normalizeName } from '../analysis/names';
import { venueParts } from '../export/venue';
import { isPreprintOf, listedAsPreprint } from '../model/versions';

/**
 * Key prefixes in the order matching tries them: DOI, arXiv id, then the site ids (dblp key,
 * Scholar cluster and article, ACL Anthology id). Titles come last, with a close year.
 */
const KEY_ORDER: readonly (readonly string[])[] = [['doi:'], ['arxiv:'], ['dblp:', 'gs-cluster:', 'gs-article:', 'acl:']];

/** Years that may differ between sightings of one work: a preprint and its proceedings often do. */
const YEAR_TOLERANCE = 1;

/** Records by identity key, plus every id in use, for one upsert batch. */
export interface KeyIndex {
  byKey: Map<string, StoredPaper[]>;
  ids: Set<string>;
}

export type Match = { kind: 'same'; record: StoredPaper } | { kind: 'versions'; records: StoredPaper[] } | null;

/** Title keys a record may match under: its own year and the years next to it. */
export function titleKeys(title: string, year: number | null): string[] {
  const folded = normalizeTitle(title);
  if (!folded) return [];
  if (year === null) return [`title:${folded}|`];
  const keys = [`title:${folded}|${year}`];
  for (let delta = 1; delta <= YEAR_TOLERANCE; delta++) keys.push(`title:${folded}|${year - delta}`, `title:${folded}|${year + delta}`);
  return keys;
}

/** Keys to look a record up by: its identity keys, with every title key of a close year. */
export function lookupKeys(record: StoredPaper): string[] {
  const idKeys = record.keys.filter((key) => !key.startsWith('title:'));
  return [...idKeys, ...titleKeys(record.title, record.year)];
}

export function createIndex(records: StoredPaper[]): KeyIndex {
  const index: KeyIndex = { byKey: new Map(), ids: new Set() };
  for (const record of records) addToIndex(index, record);
  return index;
}

export function addToIndex(index: KeyIndex, record: StoredPaper): void {
  index.ids.add(record.id);
  for (const key of record.keys) {
    const list = (index.byKey.get(key) ?? []).filter((entry) => entry.id !== record.id);
    list.push(record);
    index.byKey.set(key, list);
  }
}

/**
 * Finds the stored record `fresh` is a sighting of, trying keys in `KEY_ORDER` and then the
 * title with a close year. A title match between a preprint and a published paper is not the
 * same record: those are returned as versions of one work, to be linked and kept apart.
 */
export function findMatch(index: KeyIndex, fresh: StoredPaper): Match {
  // NOTE: when a sighting shares keys with two stored records (a DOI with one, an arXiv id with
  // the other), it merges into the first by key order and the two records stay separate.
  for (const prefixes of KEY_ORDER) {
    for (const key of fresh.keys) {
      if (!prefixes.some((prefix) => key.startsWith(prefix))) continue;
      const candidate = index.byKey.get(key)?.find((entry) => !conflicts(entry, fresh));
      if (candidate) return { kind: 'same', record: candidate };
    }
  }

  const candidates = new Map<string, StoredPaper>();
  for (const key of titleKeys(fresh.title, fresh.year)) {
    for (const entry of index.byKey.get(key) ?? []) candidates.set(entry.id, entry);
  }
  // Most sightings of a batch share no title with a stored record.
  if (candidates.size === 0) return null;
  const freshIsPreprint = isPreprint(fresh);
  const ordered = Array.from(candidates.values()).sort((a, b) => rank(a, freshIsPreprint) - rank(b, freshIsPreprint));
  const versions: StoredPaper[] = [];
  for (const candidate of ordered) {
    if (!authorsAgree(candidate, fresh)) continue;
    if (isVersionPair(candidate, fresh)) versions.push(candidate);
    else if (!conflicts(candidate, fresh) && !venuesTellApart(candidate, fresh) && !issuesTellApart(candidate, fresh)) {
      return { kind: 'same', record: candidate };
    }
  }
  return versions.length > 0 ? { kind: 'versions', records: versions } : null;
}

/**
 * True when most of the shorter author list's family names are in the other list, or when either
 * list is empty. Generic titles ("Editorial", "Publication period") recur across journals and
 * years, and the papers of one profile all name its owner, so one name in common is not enough.
 */
export function authorsAgree(a: Paper, b: Paper): boolean {
  if (a.authors.length === 0 || b.authors.length === 0) return true;
  const [shorter, longer] = a.authors.length <= b.authors.length ? [a, b] : [b, a];
  const families = new Set(longer.authors.map((author) => familyKey(author.name)));
  const shared = shorter.authors.filter((author) => families.has(familyKey(author.name))).length;
  return shared * 2 > shorter.authors.length;
}

/** Returns the folded family name, with German "ae", "oe" and "ue" read as the umlauts they spell ("Mueller" as "Müller"). */
function familyKey(name: string): string | undefined {
  return normalizeName(name)?.family.replace(/([aou])e/g, '$1');
}

/**
 * True when a record without authors and another record name different venues. Sites write one
 * venue in many ways, so venues decide only where no authors do.
 */
function venuesTellApart(a: Paper, b: Paper): boolean {
  if (a.authors.length > 0 && b.authors.length > 0) return false;
  if (!a.venue || !b.venue) return false;
  return normalizeTitle(venueParts(a.venue).title) !== normalizeTitle(venueParts(b.venue).title);
}

/**
 * True when both venue lines give a volume and the volumes differ, or give one volume with two
 * different issues or first pages, as one editor's editorials in two issues of a journal do. Sites
 * that write an article's volume and issue copy the journal's numbers, so different numbers mean
 * different articles.
 */
function issuesTellApart(a: Paper, b: Paper): boolean {
  if (!a.venue || !b.venue) return false;
  const first = venueParts(a.venue);
  const second = venueParts(b.venue);
  if (first.volume === undefined || second.volume === undefined) return false;
  if (first.volume !== second.volume) return true;
  if (first.issue !== undefined && second.issue !== undefined && first.issue !== second.issue) return true;
  // Sites copy an article's first page or article number from the journal, so two in one volume mean two articles.
  return first.firstPage !== undefined && second.firstPage !== undefined && first.firstPage !== second.firstPage;
}

/** Returns true for a preprint: typed informal, listed on a preprint server, or seen only on arXiv. */
export function isPreprint(paper: Paper): boolean {
  if (listedAsPreprint(paper)) return true;
  return paper.provenance.length > 0 && paper.provenance.every((sighting) => sighting.site === 'arxiv');
}

/** True when one record is the preprint of the other. */
export function isVersionPair(a: Paper, b: Paper): boolean {
  return isPreprintOf(a, b, isPreprint);
}

/** Title candidates of the same kind as the sighting come first (published before preprint for a published row). */
function rank(candidate: Paper, freshIsPreprint: boolean): number {
  return isPreprint(candidate) === freshIsPreprint ? 0 : 1;
}
