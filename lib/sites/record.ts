import { safeParse } from 'zod/mini';
import { Paper, type Provenance } from '../model';
import type { ParsedRow, ProfilePage } from './types';

/** Builds the sighting of a row on this page, the first provenance entry of its record. */
export function sightingOf(page: ProfilePage, now: string): Provenance {
  const profile = page.profileId ? `${page.site}:${page.profileId}` : null;
  return { site: page.site, profile, pageUrl: page.pageUrl, firstSeen: now, lastSeen: now };
}

/**
 * Validates a candidate record against the paper schema. An invalid one becomes a skipped row
 * whose warning names the first invalid field and `label` (which row it was).
 */
export function validatedRow(element: Element, candidate: unknown, label: string, warning?: string): ParsedRow {
  const checked = safeParse(Paper, candidate);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return { element, paper: null, warning: `invalid ${issue?.path.join('.') || 'record'} in ${label}` };
  }
  return { element, paper: checked.data, ...(warning && { warning }) };
}
