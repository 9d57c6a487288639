import { useEffect, useState } from 'preact/hooks';
import type { PageRecord, Profile, Provenance } from '@/lib/model';
import type { ProfileAnalysisResult } from '@/lib/analysis/collaboration/schema';
import type { AnalysisOwner } from '@/lib/analysis/collaboration/analyze';
import { sendRequest } from '@/lib/messaging/client';
import { log } from '@/lib/log';

/**
 * Runs the collaboration analysis of the page's papers, each seen in `sighting`. The default sends a
 * `profile/analyze` request to the background.
 */
export type AnalyzeFunction = (owner: AnalysisOwner, papers: readonly PageRecord[], sighting: Provenance) => Promise<ProfileAnalysisResult | string>;

/**
 * Delay in milliseconds after the last change of the paper list. Load all adds rows in batches,
 * and the delay makes it send one request rather than one per batch.
 */
export const ANALYZE_DELAY_MS = 400;

export interface AnalysisState {
  result: ProfileAnalysisResult | null;
  /** The error message of the last failed analysis, or null. */
  error: string | null;
}

/**
 * Analyses the page's papers in the background once the list stops changing, and again when it
 * grows or its papers gain topics (tags arrive after the papers are stored, and the merged-profile
 * check reads them). The last result stays shown while a new one is computed.
 */
export function useProfileAnalysis(
  profile: Profile | null,
  papers: readonly PageRecord[],
  sighting: Provenance,
  analyze: AnalyzeFunction = analyzeInBackground,
): AnalysisState {
  const [state, setState] = useState<AnalysisState>({ result: null, error: null });
  let tagged = 0;
  for (const paper of papers) if (paper.topics.length > 0) tagged++;
  useEffect(() => {
    if (papers.length === 0) return;
    let current = true;
    const owner = { name: profile?.name || null, coauthors: profile?.coauthors ?? [], metrics: profile?.metrics ?? {} };
    const timer = setTimeout(() => {
      void analyze(owner, papers, sighting).then((value) => {
        if (!current) return;
        setState((last) => (typeof value === 'string' ? { result: last.result, error: value } : { result: value, error: null }));
      });
    }, ANALYZE_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [profile, papers.length, tagged]);
  return state;
}

async function analyzeInBackground(owner: AnalysisOwner, papers: readonly PageRecord[], sighting: Provenance): Promise<ProfileAnalysisResult | string> {
  const request = { name: owner.name, coauthors: [...(owner.coauthors ?? [])], ...(owner.metrics && { metrics: owner.metrics }) };
  const response = await sendRequest({ type: 'profile/analyze', papers: [...papers], sighting, owner: request });
  if (response.ok) return { summary: response.summary, groups: response.groups, mergedProfile: response.mergedProfile };
  log.warn(`collaboration analysis of ${papers.length} papers by ${owner.name ?? 'an unnamed owner'} failed: ${response.error}`);
  return response.error;
}
