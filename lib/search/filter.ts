import type { StoredPaper } from '../db/database';

/** The library's filters. A null or empty value applies no filter. */
export interface PaperFilters {
  /** 'saved' shows saved papers only, 'all' every stored paper. */
  scope: 'saved' | 'all';
  site: string | null;
  /** A profile key, `site:id`. */
  profile: string | null;
  yearFrom: number | null;
  yearTo: number | null;
  /** A topic label, matched against the user's corrections when present, else the tagger's topics. */
  topic: string | null;
  hasCode: boolean;
}

export const NO_FILTERS: PaperFilters = {
  scope: 'saved',
  site: null,
  profile: null,
  yearFrom: null,
  yearTo: null,
  topic: null,
  hasCode: false,
};

/**
 * True when the paper passes every filter. A paper without a year fails any year bound, because
 * its year is unknown.
 */
export function matchesFilters(paper: StoredPaper, filters: PaperFilters): boolean {
  if (filters.scope === 'saved' && paper.saved !== 1) return false;
  if (filters.site && !paper.provenance.some((entry) => entry.site === filters.site)) return false;
  if (filters.profile && !paper.profileKeys.includes(filters.profile)) return false;
  if (filters.yearFrom !== null && (paper.year === null || paper.year < filters.yearFrom)) return false;
  if (filters.yearTo !== null && (paper.year === null || paper.year > filters.yearTo)) return false;
  if (filters.topic && !topicLabels(paper).includes(filters.topic)) return false;
  if (filters.hasCode && paper.codeLinks.length === 0) return false;
  return true;
}

/** Returns the topic labels a paper shows: the user's corrections when present, else the tagger's. */
export function topicLabels(paper: StoredPaper): string[] {
  return (paper.userTopics ?? paper.topics).map((topic) => topic.label);
}

/** Collects the distinct sites, profile keys and topic labels of `papers`, sorted, for the filter menus. */
export function filterChoices(papers: StoredPaper[]): { sites: string[]; profiles: string[]; topics: string[] } {
  const sites = new Set<string>();
  const profiles = new Set<string>();
  const topics = new Set<string>();
  for (const paper of papers) {
    for (const entry of paper.provenance) sites.add(entry.site);
    for (const key of paper.profileKeys) profiles.add(key);
    for (const label of topicLabels(paper)) topics.add(label);
  }
  const sorted = (values: Set<string>) => Array.from(values).sort((a, b) => a.localeCompare(b));
  return { sites: sorted(sites), profiles: sorted(profiles), topics: sorted(topics) };
}
