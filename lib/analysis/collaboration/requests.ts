import { browser } from 'wxt/browser';
import { log } from '../../log';
import { withSighting, type PageRecord, type Provenance } from '../../model';
import { analyzeProfile, type AnalysisOwner } from './analyze';

/**
 * Runs the collaboration analysis (co-author summary, Louvain groups, merged-profile clusters) for
 * a content script, which loads neither graphology nor the name-resolution code itself.
 */
export function handleAnalyzeRequest(request: { papers: PageRecord[]; sighting: Provenance; owner: AnalysisOwner }): unknown {
  const papers = request.papers.map((record) => withSighting(record, request.sighting));
  const analysis = analyzeProfile(papers, request.owner);
  return { ok: true, summary: analysis.summary, groups: analysis.groups, mergedProfile: analysis.mergedProfile };
}

/** Opens the co-author graph page for a profile (`site:id`) in a new tab. */
export async function openGraphTab(profile: string): Promise<unknown> {
  const url = browser.runtime.getURL(`/graph.html?profile=${encodeURIComponent(profile)}`);
  try {
    await browser.tabs.create({ url });
    return { ok: true };
  } catch (error) {
    log.error(`opening ${url} in a new tab failed`, error);
    return { ok: false, code: 'internal', error: 'Scholar Lens could not open the co-author graph page. Reload the page and try again.' };
  }
}
