import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProfilePanel } from '../../../components/overlay/ProfilePanel';
import { ANALYZE_DELAY_MS, type AnalyzeFunction } from '../../../components/overlay/use-profile-analysis';
import { summarizeCollaboration } from '../../../lib/analysis/collaboration/summary';
import type { Paper } from '../../../lib/model';
import { SCHOLAR_PROFILE, SCHOLAR_SIGHTING, scholarPaper } from '../../helpers/papers';

const container = document.createElement('div');
document.body.append(container);

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  render(null, container);
  vi.useRealTimers();
});

const papers: Paper[] = [scholarPaper({ title: 'A', authors: [{ name: 'M Solberg' }, { name: 'J Smith' }] })];
const result = {
  summary: summarizeCollaboration(papers, { name: SCHOLAR_PROFILE.name }),
  groups: [],
  mergedProfile: { warning: false, verdict: 'single' as const, clusters: [], evidence: [] },
};

function renderPanel(panelPapers: Paper[], analyze: AnalyzeFunction): void {
  render(
    <ProfilePanel profile={SCHOLAR_PROFILE} papers={panelPapers} sighting={SCHOLAR_SIGHTING} skipped={0} savedCount={0} storageError={null} load={{ status: 'idle', rows: panelPapers.length }}
      canLoadMore={false} onLoadAll={() => {}} onCancelLoad={() => {}} analyze={analyze} />,
    container,
  );
}

/** Runs the hooks' effects, which Preact schedules after a frame, then the analysis delay. */
const afterAnalysisDelay = () => vi.advanceTimersByTimeAsync(ANALYZE_DELAY_MS + 200);

const panel = () => container.querySelector('[data-testid="profile-panel"]');

describe('ProfilePanel busy state', () => {
  it('stays busy until analysed', async () => {
    let finish: (value: typeof result) => void = () => {};
    renderPanel(papers, () => new Promise((resolve) => (finish = resolve)));
    expect(panel()?.getAttribute('data-busy')).toBe('true');

    await afterAnalysisDelay();
    expect(panel()?.getAttribute('data-busy')).toBe('true');

    finish(result);
    await vi.advanceTimersByTimeAsync(0);
    expect(panel()?.hasAttribute('data-busy')).toBe(false);
    expect(panel()?.textContent).toContain('J Smith');
  });

  it('clears busy on failure', async () => {
    renderPanel(papers, async () => 'The extension background is not reachable.');
    await afterAnalysisDelay();

    expect(panel()?.hasAttribute('data-busy')).toBe(false);
    expect(panel()?.textContent).toContain('Co-authors could not be summarised');
  });

  it('analyses again when tags arrive', async () => {
    const seen: number[] = [];
    const analyze: AnalyzeFunction = async (_owner, analysed) => {
      seen.push(analysed.filter((paper) => paper.topics.length > 0).length);
      return result;
    };
    renderPanel(papers, analyze);
    await afterAnalysisDelay();
    const topic = { field: 'Computer Science', label: 'Machine Learning', score: 0.9, tier: 'lexicon' as const, class: 'cs.LG' };
    renderPanel([{ ...papers[0]!, topics: [topic] }], analyze);
    await afterAnalysisDelay();
    expect(seen).toEqual([0, 1]);
  });

  it('never busy without papers', () => {
    renderPanel([], () => new Promise(() => {}));

    expect(panel()?.hasAttribute('data-busy')).toBe(false);
    expect(panel()?.textContent).not.toContain('Reading co-authors');
  });
});
