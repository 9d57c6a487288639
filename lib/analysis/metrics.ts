import type { Paper } from '../model';

/** Profile metrics recomputed from the listed rows. */
export interface RecomputedMetrics {
  /** All rows, including struck-through duplicates. */
  paperCount: number;
  /** Sum of citation counts, where a missing count adds 0 and a duplicate adds nothing. */
  citations: number;
  hIndex: number;
  /** Papers with at least 10 citations. */
  i10Index: number;
  papersWithoutYear: number;
  /** Rows whose site shows no citation count. */
  papersWithoutCitations: number;
}

/** Metric values as a site reports them, all-time and since a recent year. `SiteMetrics` fits this shape. */
export interface SiteMetricValues {
  hIndex?: ReportedPair;
  i10Index?: ReportedPair;
  citations?: ReportedPair;
  /** The first year of the recent values. */
  recentSince?: number | null;
}

interface ReportedPair {
  all: number | null;
  recent?: number | null;
}

/**
 * Recomputed citations may differ from the site's by this share of the larger value, and by
 * `CITATION_SLACK` citations, before a warning is given. Small gaps are normal because the site
 * updates its totals and its per-paper counts at different times.
 */
const CITATION_TOLERANCE = 0.2;
const CITATION_SLACK = 10;

/**
 * Recomputes citations, h-index and i10-index from paper rows. Rows with `citationsCountedUnder`
 * set are duplicates whose citations another row already counts, so they count only as rows.
 */
export function recomputeMetrics(papers: readonly Pick<Paper, 'year' | 'citations' | 'citationsCountedUnder'>[]): RecomputedMetrics {
  const counts: number[] = [];
  let papersWithoutYear = 0;
  let papersWithoutCitations = 0;

  for (const paper of papers) {
    if (paper.year === null) papersWithoutYear += 1;
    if (paper.citations === null) papersWithoutCitations += 1;
    if (paper.citationsCountedUnder === undefined) counts.push(paper.citations ?? 0);
  }

  counts.sort((a, b) => b - a);
  let citations = 0;
  let hIndex = 0;
  let i10Index = 0;
  counts.forEach((count, rank) => {
    citations += count;
    if (count >= rank + 1) hIndex = rank + 1;
    if (count >= 10) i10Index += 1;
  });

  return { paperCount: papers.length, citations, hIndex, i10Index, papersWithoutYear, papersWithoutCitations };
}

/**
 * Checks the site's reported metrics for values no real profile can have and returns one
 * plain-English warning per problem. `paperCount` is the number of papers the profile lists.
 * The checks against the paper count and the citation sum run only when `complete` is true,
 * because a partly loaded list (Scholar shows 20 rows at first) always has fewer of both.
 */
export function checkSiteMetrics(
  site: SiteMetricValues,
  paperCount: number,
  recomputed: Pick<RecomputedMetrics, 'citations'>,
  complete: boolean,
): string[] {
  const warnings: string[] = [];
  const hIndex = site.hIndex?.all ?? null;
  const i10Index = site.i10Index?.all ?? null;
  const citations = site.citations?.all ?? null;

  const reported = [
    ['an h-index', hIndex],
    ['an i10-index', i10Index],
    ['a citation count', citations],
  ] as const;
  for (const [name, value] of reported) {
    if (value !== null && (!Number.isInteger(value) || value < 0)) {
      warnings.push(`The site reports ${name} of ${value}, which is not a whole number of 0 or more.`);
    }
  }

  if (complete && hIndex !== null && hIndex > paperCount) {
    warnings.push(`The site reports an h-index of ${hIndex}, but the profile lists only ${papers(paperCount)}.`);
  }
  if (complete && i10Index !== null && i10Index > paperCount) {
    warnings.push(`The site reports an i10-index of ${i10Index}, but the profile lists only ${papers(paperCount)}.`);
  }
  // An h-index of h >= 10 means h papers with at least h >= 10 citations each, so i10 >= h.
  if (hIndex !== null && i10Index !== null && hIndex >= 10 && i10Index < hIndex) {
    warnings.push(
      `The site reports an h-index of ${hIndex} but an i10-index of only ${i10Index}. ` +
        `An h-index of ${hIndex} needs at least ${hIndex} papers with 10 or more citations.`,
    );
  }
  // An h-index of h needs h papers with at least h citations each, so at least h * h citations.
  if (hIndex !== null && citations !== null && citations < hIndex * hIndex) {
    warnings.push(
      `The site reports an h-index of ${hIndex} but only ${format(citations)} citations. ` +
        `An h-index of ${hIndex} needs at least ${format(hIndex * hIndex)}.`,
    );
  }

  // A count since some year is part of the all-time count, so it cannot be larger.
  const recent = [
    [(value: number) => `${format(value)} citations`, site.citations],
    [(value: number) => `an h-index of ${value}`, site.hIndex],
    [(value: number) => `an i10-index of ${value}`, site.i10Index],
  ] as const;
  const since = site.recentSince ? `since ${site.recentSince}` : 'in recent years';
  for (const [named, pair] of recent) {
    if (pair?.all == null || pair.recent == null || pair.recent <= pair.all) continue;
    warnings.push(`The site reports ${named(pair.recent)} ${since} but ${named(pair.all)} in all, and the all-time value cannot be lower.`);
  }

  if (complete && citations !== null && citationsDiffer(citations, recomputed.citations)) {
    warnings.push(
      `The site reports ${format(citations)} citations, but the ${papers(paperCount)} listed ` +
        `add up to ${format(recomputed.citations)}.`,
    );
  }
  return warnings;
}

function citationsDiffer(site: number, recomputed: number): boolean {
  const gap = Math.abs(site - recomputed);
  return gap > CITATION_SLACK && gap > CITATION_TOLERANCE * Math.max(site, recomputed);
}

function papers(count: number): string {
  return count === 1 ? '1 paper' : `${format(count)} papers`;
}

function format(value: number): string {
  return value.toLocaleString('en-US');
}
