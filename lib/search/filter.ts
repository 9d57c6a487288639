import { shownTopics } from '../analysis/topics/confidence';
import type { StoredPaper } from '../db/database';
import { topicKeywords } from '../export/fields';

/** The library's filters. A null or empty value applies no filter. */
export interface PaperFilters {
  /** 'saved' shows saved papers only, 'all' every stored paper. */
  scope: 'saved' | 'all';
  site: string | null;
  /** A profile key, `site:id`. */
  profile: string | null;
  yearFrom: number | null;
  yearTo: number | null;
  /** A topic label, matched against the labels `topicLabels` returns. */
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
 * its year is unknown. Years entered in reverse order ("2023" to "2021") mean the years between them.
 */
export function matchesFilters(paper: StoredPaper, filters: PaperFilters): boolean {
  if (filters.scope === 'saved' && paper.saved !== 1) return false;
  if (filters.site && !paper.provenance.some((entry) => entry.site === filters.site)) return false;
  if (filters.profile && !paper.profileKeys.includes(filters.profile)) return false;
  const reversed = filters.yearFrom !== null && filters.yearTo !== null && filters.yearFrom > filters.yearTo;
  const yearFrom = reversed ? filters.yearTo : filters.yearFrom;
  const yearTo = reversed ? filters.yearFrom : filters.yearTo;
  if (yearFrom !== null && (paper.year === null || paper.year < yearFrom)) return false;
  if (yearTo !== null && (paper.year === null || paper.year > yearTo)) return false;
  if (filters.topic && !topicLabels(paper).includes(filters.topic)) return false;
  if (filters.hasCode && paper.codeLinks.length === 0) return false;
  return true;
}

/**
 * Returns the topic labels a paper is shown or exported under: the tags its row shows and the
 * keywords its export writes. Both read the user's corrections when present, else the tagger's
 * topics. Weak tags that neither shows are left out, so the topic filter neither offers nor matches them.
 */
export function topicLabels(paper: StoredPaper): string[] {
  const topics = paper.userTopics ?? paper.topics;
  const rowLabels = shownTopics(topics).map((topic) => topic.label);
  return Array.from(new Set([...rowLabels, ...topicKeywords({ ...paper, topics })]));
}
