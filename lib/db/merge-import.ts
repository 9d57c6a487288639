import { identityKeys, type Author, type Paper, type Provenance, type Topic } from '../model';
import { venueParts } from '../export/venue';
import type { StoredPaper } from './database';
import { mergeSources } from './field-sources';
import { copyOptional, profileKeysOf, union, unionBy } from './merge';

/** A trailing ellipsis, as a site writes it at the end of a venue it cut short. */
const TRAILING_ELLIPSIS = /\s*(?:…|\.\.\.)\s*$/;

/**
 * Merges an imported entry into a stored record. An import adds information and never replaces
 * a stored value with a shorter one, because a file (a re-imported export, an old backup, a
 * bibliography from another tool) may carry less than the pages the record was read from.
 * The rule per field:
 * - title, year, citations, abstract, type and site version count: the stored value, or the
 *   imported one where the record has none.
 * - authors: the imported list only where the stored one is empty, or cut short and shorter
 *   (see `importedAuthorsFuller`).
 * - venue: the imported one where the record has none, or where it is the stored venue with
 *   more detail (see `importedVenueFuller`).
 * - topics: the stored tags, or the imported ones where the record has none of that kind.
 * - ids: a union in which the stored value of each kind wins.
 * - links, code links and sightings: unions, and a sighting's times only widen.
 * - field sources: credited to the import only for the fields it filled or extended.
 */
export function mergeImported(stored: StoredPaper, seen: Paper, now: string): StoredPaper {
  const clusters = union(stored.ids.scholarClusters ?? [], seen.ids.scholarClusters ?? []);
  const ids = { ...seen.ids, ...stored.ids, ...(clusters.length > 0 && { scholarClusters: clusters }) };
  const provenance = widenProvenance(stored.provenance, seen.provenance);
  const takeAuthors = importedAuthorsFuller(stored, seen);
  const takeVenue = importedVenueFuller(stored, seen);
  const takeCitations = stored.citations === null && seen.citations !== null;

  const merged: StoredPaper = {
    ...stored,
    authors: takeAuthors ? withStoredPersonIds(seen.authors, stored.authors) : stored.authors,
    authorsTruncated: takeAuthors ? seen.authorsTruncated : stored.authorsTruncated,
    venue: takeVenue ? seen.venue : stored.venue,
    year: stored.year ?? seen.year,
    citations: takeCitations ? seen.citations : stored.citations,
    ids,
    links: unionBy([...stored.links, ...seen.links], (link) => link.url),
    codeLinks: unionBy([...stored.codeLinks, ...seen.codeLinks], (link) => link.url),
    topics: fillTopics(stored.topics, seen.topics),
    provenance,
    profileKeys: profileKeysOf(provenance),
    updatedAt: now,
  };
  if (takeVenue) copyOptional(merged, seen, ['venueTruncated']);
  if (takeCitations) copyOptional(merged, seen, ['citationsCountedUnder', 'citationsMerged']);
  if (merged.siteVersions === undefined && seen.siteVersions !== undefined) merged.siteVersions = seen.siteVersions;
  if (!merged.abstract && seen.abstract) merged.abstract = seen.abstract;
  if (!merged.type && seen.type) merged.type = seen.type;
  const arxivVersion = Math.max(stored.arxivVersion ?? 0, seen.arxivVersion ?? 0);
  if (arxivVersion > 0) merged.arxivVersion = arxivVersion;
  merged.keys = union(stored.keys, identityKeys(ids, merged.title, merged.year));
  merged.fieldSources = mergeSources(stored.fieldSources ?? {}, stored, merged, seen, { creditConfirmed: false });
  return merged;
}

/**
 * True when the imported author list is fuller than the stored one: the stored list is empty, or
 * the site cut it short and the import names more people.
 */
function importedAuthorsFuller(stored: Paper, seen: Paper): boolean {
  if (seen.authors.length === 0) return false;
  if (stored.authors.length === 0) return true;
  return stored.authorsTruncated && seen.authors.length > stored.authors.length;
}

/** Keeps the profile link and person id of each stored author whose name the import spells the same way. */
function withStoredPersonIds(imported: Author[], stored: Author[]): Author[] {
  const byName = new Map(stored.map((author) => [author.name, author]));
  return imported.map((author) => ({ ...byName.get(author.name), ...author }));
}

/**
 * True when the imported venue is fuller than the stored one. That is so when the record has
 * none, or when the imported line has every part of the stored one and more ("Meat Science" or
 * "Meat Science 49 (2)" against "Meat Science 49 (2), 137-144"). It is also so when the site cut
 * the stored venue short ("…") and the imported one is whole and starts with the part the site kept.
 */
function importedVenueFuller(stored: Paper, seen: Paper): boolean {
  if (!seen.venue || seen.venue === stored.venue) return false;
  if (!stored.venue) return true;
  if (stored.venueTruncated) {
    const shownPart = stored.venue.replace(TRAILING_ELLIPSIS, '');
    return shownPart.length > 0 && !seen.venueTruncated && seen.venue.length > shownPart.length && seen.venue.startsWith(shownPart);
  }
  if (seen.venueTruncated) return false;
  const storedParts = venueParts(stored.venue);
  const seenParts = venueParts(seen.venue);
  const named = Object.keys(storedParts) as (keyof typeof storedParts)[];
  return named.every((part) => storedParts[part] === seenParts[part]) && Object.keys(seenParts).length > named.length;
}

/**
 * Keeps the stored topics of each kind (arXiv categories, other tags) and fills a kind the record
 * has none of from the import. Categories go first, as in `mergeTopics`.
 */
function fillTopics(stored: Topic[], seen: Topic[]): Topic[] {
  const isCategory = (topic: Topic) => topic.tier === 'arxiv-category';
  const storedCategories = stored.filter(isCategory);
  const categories = storedCategories.length > 0 ? storedCategories : seen.filter(isCategory);
  const storedOthers = stored.filter((topic) => !isCategory(topic));
  const others = storedOthers.length > 0 ? storedOthers : seen.filter((topic) => !isCategory(topic));
  return unionBy([...categories, ...others], (topic) => `${topic.field}|${topic.class ?? topic.label}`);
}

/**
 * Adds the import's sightings. A sighting of the same site and profile keeps the earlier first
 * time and the later last time, with the page of the later one, so an old backup moves no time back.
 */
function widenProvenance(stored: Provenance[], seen: Provenance[]): Provenance[] {
  const result = stored.map((entry) => ({ ...entry }));
  for (const sighting of seen) {
    const index = result.findIndex((entry) => entry.site === sighting.site && entry.profile === sighting.profile);
    const match = result[index];
    if (!match) {
      result.push({ ...sighting });
      continue;
    }
    const later = Date.parse(sighting.lastSeen) > Date.parse(match.lastSeen) ? sighting : match;
    const firstSeen = Date.parse(sighting.firstSeen) < Date.parse(match.firstSeen) ? sighting.firstSeen : match.firstSeen;
    result[index] = { ...later, firstSeen };
  }
  return result;
}
