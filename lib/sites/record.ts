import type { PageRecord, Provenance } from '../model';
import type { ParsedRow, ProfilePage } from './types';

/**
 * Builds the sighting that every row read from this page at `now` shares. `withSighting` makes it
 * a record's provenance, which the background does for `papers/upsert` after the page sent it once.
 */
export function sightingOf(page: ProfilePage, now: string): Provenance {
  const profile = page.profileId ? `${page.site}:${page.profileId}` : null;
  return { site: page.site, profile, pageUrl: page.pageUrl, firstSeen: now, lastSeen: now };
}

/**
 * Wraps a record built by an adapter as a parsed row. The record is not validated here, because the
 * background validates every record of `papers/upsert` and rejects and counts the invalid ones.
 * So the content script builds no zod schema while it parses rows.
 */
export function recordRow(element: Element, paper: PageRecord, warning?: string): ParsedRow {
  return { element, paper, ...(warning && { warning }) };
}
