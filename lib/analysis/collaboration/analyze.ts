import type { Coauthor, Paper, SiteMetrics } from '../../model';
import { checkSiteMetrics, recomputeMetrics } from '../metrics';
import { detectMergedProfile, type MergedProfileVerdict } from '../merged-profile';
import { findCollaboratorGroups, type CollaboratorGroup } from './groups';
import { indexCoauthors } from './people';
import { summarizeCollaboration, type CollaborationSummary } from './summary';

export interface ProfileAnalysis {
  /** The owner's name used to leave the owner out of co-author lists, given or inferred. */
  owner: string | null;
  summary: CollaborationSummary;
  groups: CollaboratorGroup[];
  mergedProfile: MergedProfileVerdict;
  /** Site-reported metrics that no real profile can have, such as an h-index above the paper count. */
  metricWarnings: string[];
}

export interface AnalysisOwner {
  name: string | null;
  coauthors?: readonly Coauthor[];
  metrics?: SiteMetrics;
}

/**
 * Runs the whole collaboration analysis: summary, Louvain groups and merged-profile detection.
 * Imports graphology, so it runs in the background, extension pages and the CLI, never in the
 * content script. `complete` is true when the papers are the whole profile.
 */
export function analyzeProfile(papers: readonly Paper[], owner: AnalysisOwner, complete = true): ProfileAnalysis {
  const index = indexCoauthors(papers, owner.name);
  const metricWarnings = owner.metrics
    ? checkSiteMetrics(owner.metrics, papers.length, recomputeMetrics([...papers]), complete)
    : [];
  return {
    owner: index.owner,
    summary: summarizeCollaboration(papers, owner, { index }),
    groups: findCollaboratorGroups(index, papers),
    mergedProfile: detectMergedProfile(papers, owner.name, index),
    metricWarnings,
  };
}
