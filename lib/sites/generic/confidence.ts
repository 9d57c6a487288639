import type { BlockFeatures } from './block';
import { nameKey } from './names';

/**
 * Lists scoring below this are not shown or stored, because a wrong overlay is worse than none.
 * NOTE: the weights and this threshold were set on three real homepages, eleven real site pages
 * and twelve written pages without publications. Other kinds of lists may need new evidence.
 */
export const CONFIDENCE_THRESHOLD = 0.65;
/** Minimum number of entries that make a list. */
export const MIN_ENTRIES = 3;

/** The evidence behind a list's confidence, each part from 0 to 1. */
export interface ListEvidence {
  /** Entries among the same-shaped siblings that carry text. */
  share: number;
  /** Grows with the number of entries, full at six. */
  size: number;
  /** Entries that name the most frequent author, highlighted or not. */
  owner: number;
  /** Entries with a DOI, arXiv or PDF link. */
  identified: number;
  /** Entries in year order (newest or oldest first), or the list sits under year headings. */
  ordered: number;
  /** Entries with a venue element or italic venue. */
  venue: number;
  /** Distinct publication years; not weighted, only checked by `confidenceOf`. */
  years: number;
  /** Entries with a DOI or arXiv link; PDF links alone do not count (course slides are PDFs). */
  identifiers: number;
}

const WEIGHTS: Record<Exclude<keyof ListEvidence, 'years' | 'identifiers'>, number> = {
  share: 0.3,
  size: 0.15,
  owner: 0.25,
  identified: 0.1,
  ordered: 0.1,
  venue: 0.1,
};

/** Factor applied to lists that look like another genre of list. */
const GENRE_PENALTY = 0.7;

/**
 * Returns the weighted sum of the evidence, from 0 to 1. Two look-alikes are scored lower:
 * lists without an author common to most entries (reference lists, reading lists), and lists
 * whose entries share one year and show no venues or identifiers (schedules, event lists).
 */
export function confidenceOf(evidence: ListEvidence): number {
  let total = 0;
  for (const key of Object.keys(WEIGHTS) as (keyof typeof WEIGHTS)[]) total += WEIGHTS[key] * evidence[key];
  if (evidence.owner < 0.4) total *= GENRE_PENALTY;
  if (evidence.years <= 1 && evidence.venue < 0.5 && evidence.identifiers < 0.5) total *= GENRE_PENALTY;
  return Math.round(total * 1000) / 1000;
}

/** Gathers the evidence for a run of entries out of `siblings` same-shaped blocks with text. */
export function evidenceOf(entries: BlockFeatures[], siblings: number, yearHeadings: boolean): ListEvidence {
  const count = entries.length;
  const share = (predicate: (entry: BlockFeatures) => boolean) => entries.filter(predicate).length / count;
  return {
    share: Math.min(1, count / Math.max(siblings, 1)),
    size: Math.min(1, Math.max(0, count - 2) / 4),
    owner: mostFrequentAuthor(entries).share,
    identified: share((entry) => entry.identified),
    ordered: yearHeadings ? 1 : yearOrder(entries),
    venue: share((entry) => entry.venueCue),
    years: new Set(entries.flatMap((entry) => (entry.year === null ? [] : [entry.year]))).size,
    identifiers: share((entry) => entry.strongId),
  };
}

/** Finds the author named in most entries, preferring highlighted names, and the share of entries naming them. */
export function mostFrequentAuthor(entries: BlockFeatures[]): { name: string | null; share: number; highlighted: boolean } {
  const highlighted = countNames(entries, (entry) => entry.highlighted);
  if (highlighted.best && highlighted.count / entries.length >= 0.3) {
    return { name: highlighted.best, share: highlighted.count / entries.length, highlighted: true };
  }
  const listed = countNames(entries, (entry) => entry.names);
  return { name: listed.best, share: entries.length ? listed.count / entries.length : 0, highlighted: false };
}

function countNames(entries: BlockFeatures[], namesOf: (entry: BlockFeatures) => string[]) {
  const counts = new Map<string, { count: number; name: string }>();
  for (const entry of entries) {
    const keys = new Set<string>();
    for (const name of namesOf(entry)) {
      const key = nameKey(name);
      if (keys.has(key)) continue;
      keys.add(key);
      const slot = counts.get(key) ?? { count: 0, name };
      slot.count++;
      counts.set(key, slot);
    }
  }
  let best: { count: number; name: string } | null = null;
  for (const slot of counts.values()) if (!best || slot.count > best.count) best = slot;
  return { best: best?.name ?? null, count: best?.count ?? 0 };
}

/** Share of neighbouring entries whose years keep one direction (ties count as in order). */
function yearOrder(entries: BlockFeatures[]): number {
  const years = entries.flatMap((entry) => (entry.year === null ? [] : [entry.year]));
  let down = 0;
  let up = 0;
  for (let index = 1; index < years.length; index++) {
    if (years[index]! <= years[index - 1]!) down++;
    if (years[index]! >= years[index - 1]!) up++;
  }
  return years.length > 1 ? Math.max(down, up) / (years.length - 1) : 0;
}
