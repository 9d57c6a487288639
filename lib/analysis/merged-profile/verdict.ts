import type { Paper } from '../../model';
import { shownTopics } from '../topics/confidence';
import { cosine } from './features';
import { sharedCoauthors, type PaperCluster } from './cluster';

/** One cluster of papers as shown to the reader, with the evidence that sets it apart. */
export interface ClusterReport {
  /** Indexes into the paper list given to the detector. */
  papers: number[];
  /** Years between the 10th and 90th percentile of the cluster's dated papers. */
  activeFrom: number | null;
  activeTo: number | null;
  /** Printed names of the co-authors on two or more of the cluster's papers, most frequent first. */
  recurringCoauthors: string[];
  venues: string[];
  topics: string[];
}

export type Verdict = 'single' | 'move' | 'merged';

export interface MergedProfileVerdict {
  /** True only when the evidence is strong. The panel shows a warning then. */
  warning: boolean;
  /** `move`: clusters follow each other in time, as after a change of field or institution. */
  verdict: Verdict;
  clusters: ClusterReport[];
  /** One sentence per fact that supports the verdict. */
  evidence: string[];
}

/** A cluster needs this many papers and this share of the profile to count as a person. */
export const STRONG_MIN_PAPERS = 10;
export const STRONG_MIN_SHARE = 0.1;
/** Each person-sized cluster needs this many co-authors who recur inside it. */
export const STRONG_MIN_RECURRING = 2;
/** Clusters this dissimilar (cosine of venues, words and topics) are different fields. */
export const STRONG_MAX_SIMILARITY = 0.1;
/**
 * An estimate of the longest publishing career in years. Clusters that together span more are two
 * people even when one follows the other.
 */
export const MAX_CAREER_YEARS = 60;

/** Describes each cluster for the reader. `names` gives the printed name per co-author id. */
export function describeClusters(clusters: PaperCluster[], papers: readonly Paper[], names: ReadonlyMap<string, string>): ClusterReport[] {
  return clusters.map((cluster) => {
    const sorted = [...cluster.years].sort((a, b) => a - b);
    const venues = new Map<string, number>();
    const topics = new Map<string, number>();
    for (const index of cluster.papers) {
      const paper = papers[index];
      if (paper?.venue) venues.set(shortVenue(paper.venue), (venues.get(shortVenue(paper.venue)) ?? 0) + 1);
      for (const topic of shownTopics(paper?.topics ?? [])) topics.set(topic.label, (topics.get(topic.label) ?? 0) + 1);
    }
    const recurring = [...cluster.coauthors.entries()].filter(([, count]) => count >= 2).sort((a, b) => b[1] - a[1]);
    return {
      papers: [...cluster.papers].sort((a, b) => a - b),
      activeFrom: percentile(sorted, 0.1),
      activeTo: percentile(sorted, 0.9),
      recurringCoauthors: recurring.map(([id]) => names.get(id) ?? id),
      venues: topKeys(venues, 3),
      topics: topKeys(topics, 3),
    };
  });
}

/**
 * Decides whether clusters are different people. Strong evidence needs two clusters that are
 * each person-sized, each with its own recurring co-authors, that share no co-author, have
 * dissimilar venues, words and topics, and were active at the same time (or over a span no
 * career covers). Clusters that follow each other in time are a move.
 */
export function judgeClusters(clusters: PaperCluster[], reports: ClusterReport[], paperCount: number): Omit<MergedProfileVerdict, 'clusters'> {
  const floor = Math.max(STRONG_MIN_PAPERS, Math.ceil(STRONG_MIN_SHARE * paperCount));
  const candidates = clusters
    .map((cluster, index) => ({ cluster, report: reports[index]! }))
    .filter(({ cluster, report }) => cluster.papers.length >= floor && report.recurringCoauthors.length >= STRONG_MIN_RECURRING);

  let sawMove = false;
  for (let i = 0; i < candidates.length; i++) {
    for (let j = i + 1; j < candidates.length; j++) {
      const a = candidates[i]!;
      const b = candidates[j]!;
      if (sharedCoauthors(a.cluster, b.cluster).length > 0) continue;
      const similarity = cosine(a.cluster.vector, b.cluster.vector, ['a:', 'y:']);
      if (similarity >= STRONG_MAX_SIMILARITY) continue;
      const timing = compareTiming(a.report, b.report);
      if (timing === 'sequential') {
        sawMove = true;
        continue;
      }
      if (timing === 'unknown') continue;
      return {
        warning: true,
        verdict: 'merged',
        evidence: [
          `${a.cluster.papers.length} and ${b.cluster.papers.length} papers share no co-author.`,
          `Their venues, title words and topics are dissimilar (similarity ${similarity.toFixed(2)}).`,
          timing === 'overlapping'
            ? `Both were active at the same time (${span(a.report)} and ${span(b.report)}).`
            : `Together they span more than ${MAX_CAREER_YEARS} years (${span(a.report)} and ${span(b.report)}).`,
          `Each has its own recurring co-authors: ${a.report.recurringCoauthors.slice(0, 3).join(', ')}; ${b.report.recurringCoauthors.slice(0, 3).join(', ')}.`,
        ],
      };
    }
  }
  if (sawMove) {
    return {
      warning: false,
      verdict: 'move',
      evidence: ['Groups of papers with different co-authors and subjects follow each other in time, as after a move.'],
    };
  }
  return { warning: false, verdict: 'single', evidence: [] };
}

type Timing = 'overlapping' | 'sequential' | 'too-long' | 'unknown';

function compareTiming(a: ClusterReport, b: ClusterReport): Timing {
  if (a.activeFrom === null || a.activeTo === null || b.activeFrom === null || b.activeTo === null) return 'unknown';
  const from = Math.min(a.activeFrom, b.activeFrom);
  const to = Math.max(a.activeTo, b.activeTo);
  if (to - from > MAX_CAREER_YEARS) return 'too-long';
  const overlap = Math.min(a.activeTo, b.activeTo) - Math.max(a.activeFrom, b.activeFrom);
  return overlap >= 0 ? 'overlapping' : 'sequential';
}

function span(report: ClusterReport): string {
  return report.activeFrom === report.activeTo ? `${report.activeFrom}` : `${report.activeFrom}–${report.activeTo}`;
}

function percentile(sorted: number[], fraction: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? null;
}

/** Words before a proceedings' real name: "Proceedings of the 2015 Annual …", "Proc. 12th …". */
const PROCEEDINGS_PREFIX = /^(?:proceedings|proc\.?)\s+(?:of\s+)?(?:the\s+)?(?:(?:\d{4}|\d+(?:st|nd|rd|th))\s+)*/i;

/**
 * Shortens a venue line to the venue's name, for cluster summaries: leaves out a proceedings
 * prefix and everything from the first volume, issue, page or year number on.
 */
export function shortVenue(venue: string): string {
  const name = venue.replace(PROCEEDINGS_PREFIX, '').replace(/\s*\d.*$/, '').replace(/[,;:(]\s*$/, '').trim();
  return name || venue;
}

function topKeys(counts: Map<string, number>, limit: number): string[] {
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit).map(([key]) => key);
}
