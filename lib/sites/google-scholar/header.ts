import type { Coauthor, MetricPair, Profile, SiteMetrics } from '../../model';
import { httpUrl, parseCount, parseYear, textOf } from '../dom';
import type { ProfilePage } from '../types';
import { SELECTORS as S } from './selectors';

/** Reads the profile header, metrics table, citation histogram and co-author panel. */
export function parseProfile(doc: Document, page: ProfilePage): Profile | null {
  if (!page.profileId) return null;
  const block = doc.querySelector(S.headerBlock);
  const affiliationLine = Array.from(block?.querySelectorAll(S.headerLines) ?? []).find(
    (line) => !line.matches(S.verifiedEmail) && !line.matches(S.interestsLine) && !line.querySelector(S.interestLink),
  );
  const interests = Array.from(block?.querySelectorAll(S.interestLink) ?? [])
    .map((link) => textOf(link))
    .filter(Boolean);
  return {
    site: 'google-scholar',
    id: page.profileId,
    name: textOf(doc.querySelector(S.name)) || null,
    affiliation: textOf(affiliationLine) || null,
    interests,
    metrics: parseMetrics(doc),
    coauthors: parseCoauthors(doc, page.pageUrl),
    url: page.pageUrl,
  };
}

/** The six values are always in the same order: citations, h-index, i10-index, each all/recent. */
function parseMetrics(doc: Document): SiteMetrics {
  const table = doc.querySelector(S.metricsTable);
  if (!table) return {};
  const values = Array.from(table.querySelectorAll(S.metricsValue)).map((cell) => parseCount(textOf(cell)));
  const pair = (index: number): MetricPair => ({ all: values[index] ?? null, recent: values[index + 1] ?? null });
  const headers = Array.from(table.querySelectorAll(S.metricsHeader));
  const recentSince = parseYear(textOf(headers[headers.length - 1]));
  return {
    ...(values.length >= 2 && { citations: pair(0) }),
    ...(values.length >= 4 && { hIndex: pair(2) }),
    ...(values.length >= 6 && { i10Index: pair(4) }),
    recentSince,
    citationsByYear: parseHistogram(doc),
  };
}

/**
 * Years without citations have no bar, so bars are matched to years by their z-index, which
 * counts from the newest year (1 = newest), never by list position.
 */
function parseHistogram(doc: Document): { year: number; count: number }[] {
  const years = Array.from(doc.querySelectorAll(S.histogramYear)).map((label) => parseYear(textOf(label)));
  const newest = years[years.length - 1];
  if (!newest) return [];
  const result: { year: number; count: number }[] = [];
  for (const bar of Array.from(doc.querySelectorAll<HTMLElement>(S.histogramBar))) {
    const zIndex = Number(/z-index:\s*(\d+)/.exec(bar.getAttribute('style') ?? '')?.[1]);
    const count = parseCount(textOf(bar.querySelector(S.histogramCount)));
    if (!Number.isInteger(zIndex) || zIndex < 1 || count === null) continue;
    result.push({ year: newest - (zIndex - 1), count });
  }
  return result.sort((a, b) => a.year - b.year);
}

function parseCoauthors(doc: Document, base: string): Coauthor[] {
  const seen = new Set<string>();
  const coauthors: Coauthor[] = [];
  for (const entry of Array.from(doc.querySelectorAll(S.coauthor))) {
    const link = entry.querySelector('a[href*="user="]');
    const name = textOf(link);
    const url = httpUrl(link?.getAttribute('href'), base);
    const siteId = url ? (new URL(url).searchParams.get('user') ?? undefined) : undefined;
    if (!name || seen.has(siteId ?? name)) continue;
    seen.add(siteId ?? name);
    const affiliation = textOf(entry.querySelector(S.coauthorAffiliation));
    coauthors.push({ name, ...(url && { url }), ...(siteId && { siteId }), ...(affiliation && { affiliation }) });
  }
  return coauthors;
}
