import type { StoredPaper } from './database';
import type { FieldSources, TrackedField } from './field-sources';
import { equal } from './equal';

/**
 * Minimum age of a stored sighting time before a sighting that changes nothing else is written.
 * So `lastSeen` and field-source times are accurate to a day, and a page seen again within the
 * day costs no write.
 */
export const SIGHTING_REFRESH_MS = 24 * 60 * 60 * 1000;

/**
 * True when `next`, the result of merging a sighting into `stored`, must be written: a field other
 * than a time changed, or a sighting time moved by `SIGHTING_REFRESH_MS` or more.
 */
export function needsWrite(stored: StoredPaper | undefined, next: StoredPaper): boolean {
  if (!stored) return true;
  const { updatedAt: _storedAt, provenance: storedSightings, fieldSources: storedSources, ...storedRest } = stored;
  const { updatedAt: _nextAt, provenance: nextSightings, fieldSources: nextSources, ...nextRest } = next;
  if (!equal(storedRest, nextRest) || storedSightings.length !== nextSightings.length) return true;
  const sightingsKept = storedSightings.every((sighting, index) => {
    const other = nextSightings[index];
    return other !== undefined && equal({ ...sighting, lastSeen: null }, { ...other, lastSeen: null }) && !moved(sighting.lastSeen, other.lastSeen);
  });
  return !sightingsKept || !sourcesKept(storedSources ?? {}, nextSources ?? {});
}

/** True when every field keeps its source site and page, and no source time moved by a refresh interval. */
function sourcesKept(stored: FieldSources, next: FieldSources): boolean {
  const fields = new Set([...Object.keys(stored), ...Object.keys(next)]) as Set<TrackedField>;
  for (const field of fields) {
    const before = stored[field];
    const after = next[field];
    if (!before || !after || before.site !== after.site || before.pageUrl !== after.pageUrl) return false;
    if (moved(before.seenAt, after.seenAt)) return false;
  }
  return true;
}

function moved(before: string, after: string): boolean {
  return before !== after && Math.abs(Date.parse(after) - Date.parse(before)) >= SIGHTING_REFRESH_MS;
}
