import type { Paper } from '../../model';
import { indexCoauthors, type CoauthorIndex } from '../collaboration/people';
import { clusterPapers } from './cluster';
import { paperFeatures, weightByIdf } from './features';
import { describeClusters, judgeClusters, type MergedProfileVerdict } from './verdict';

export type { ClusterReport, MergedProfileVerdict, Verdict } from './verdict';

/**
 * Clusters a profile's papers into likely distinct people by shared co-authors, venues, title
 * words, topics and years, and judges whether the profile merges several people.
 * `index` reuses a co-author index already built for the same papers and owner.
 */
export function detectMergedProfile(papers: readonly Paper[], ownerName: string | null, index?: CoauthorIndex): MergedProfileVerdict {
  const coauthors = index ?? indexCoauthors(papers, ownerName);
  if (papers.length === 0) return { warning: false, verdict: 'single', clusters: [], evidence: [] };
  const vectors = weightByIdf(papers.map((paper, paperIndex) => paperFeatures(paper, coauthors.coauthors[paperIndex] ?? [])));
  const clusters = clusterPapers(vectors, coauthors.coauthors, papers.map((paper) => paper.year));
  const reports = describeClusters(clusters, papers, coauthors.displayNames);
  return { ...judgeClusters(clusters, reports, papers.length), clusters: reports };
}
