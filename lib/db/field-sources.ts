import type { Paper, SiteName } from '../model';
import { equal } from './equal';

/** Source of a stored field's current value. */
export interface FieldSource {
  site: SiteName;
  pageUrl: string;
  /** ISO time of the sighting that gave the value. */
  seenAt: string;
}

/** Fields whose source is recorded: page fields, each identifier kind, and the tagger's topics. */
export const TRACKED_FIELDS = [
  'title',
  'authors',
  'venue',
  'year',
  'citations',
  'abstract',
  'type',
  'topics',
  'ids.doi',
  'ids.arxiv',
  'ids.dblpKey',
  'ids.aclAnthology',
  'ids.scholarArticle',
  'ids.scholarClusters',
] as const;
export type TrackedField = (typeof TRACKED_FIELDS)[number];

export type FieldSources = Partial<Record<TrackedField, FieldSource>>;

/** Returns the source a sighting gives its fields, which is its latest provenance entry. */
export function sourceOf(paper: Paper): FieldSource | null {
  const sighting = paper.provenance[paper.provenance.length - 1];
  return sighting ? { site: sighting.site, pageUrl: sighting.pageUrl, seenAt: sighting.lastSeen } : null;
}

/** True when the record has a value for the field (null, undefined and empty lists count as none). */
export function hasValue(paper: Paper, field: TrackedField): boolean {
  const value = field.startsWith('ids.') ? paper.ids[field.slice(4) as keyof Paper['ids']] : paper[field as keyof Paper];
  return value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0);
}

/** Sources for every field a new record has. */
export function initialSources(paper: Paper): FieldSources {
  const source = sourceOf(paper);
  const sources: FieldSources = {};
  if (!source) return sources;
  for (const field of TRACKED_FIELDS) if (hasValue(paper, field)) sources[field] = source;
  return sources;
}

/**
 * Updates sources after a merge. A field takes the sighting's source when the merge changed
 * its value, or, with `creditConfirmed` (the default), when the sighting showed the same value.
 * Other fields keep their source. An import passes `creditConfirmed: false`, so a value a page
 * gave keeps that page as its source when a file repeats it.
 */
export function mergeSources(
  previous: FieldSources,
  before: Paper,
  after: Paper,
  seen: Paper,
  { creditConfirmed = true }: { creditConfirmed?: boolean } = {},
): FieldSources {
  const source = sourceOf(seen);
  const sources: FieldSources = { ...previous };
  if (!source) return sources;
  for (const field of TRACKED_FIELDS) {
    if (!hasValue(after, field)) continue;
    const changed = !equal(read(before, field), read(after, field));
    const confirmed = creditConfirmed && equal(read(seen, field), read(after, field));
    if (changed || confirmed) sources[field] = source;
  }
  return sources;
}

function read(paper: Paper, field: TrackedField): unknown {
  return field.startsWith('ids.') ? paper.ids[field.slice(4) as keyof Paper['ids']] : paper[field as keyof Paper];
}
