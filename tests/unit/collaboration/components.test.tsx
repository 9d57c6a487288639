import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CollaborationSummary } from '@/components/overlay/CollaborationSummary';
import { CollaborationGroups } from '@/components/overlay/CollaborationGroups';
import { useProfileAnalysis, type AnalyzeFunction, type AnalysisState } from '@/components/overlay/use-profile-analysis';
import { summarizeCollaboration } from '@/lib/analysis/collaboration/summary';
import { CoauthorGraph } from '@/components/graph/CoauthorGraph';
import type { ProfileAnalysisResult } from '@/lib/analysis/collaboration/schema';
import type { GraphView } from '@/lib/analysis/collaboration/graph-view';
import type { PageRecord, Paper, Profile } from '@/lib/model';
import { SCHOLAR_SIGHTING, pageRead, scholarPaper } from '../../helpers/papers';
import { sendRequest } from '@/lib/messaging/client';

vi.mock('@/lib/messaging/client', () => ({ sendRequest: vi.fn(async () => ({ ok: true })) }));

const container = document.createElement('div');
document.body.append(container);
afterEach(() => render(null, container));

const profile: Profile = {
  site: 'google-scholar',
  id: 'QQQQ',
  name: 'Marta de Vries',
  affiliation: null,
  interests: [],
  metrics: {},
  coauthors: [{ name: 'John Smith', url: 'https://scholar.google.com/citations?user=JS' }],
  url: 'https://scholar.google.com/citations?user=QQQQ',
};

const papers: Paper[] = [
  scholarPaper({ title: 'One', authors: [{ name: 'M de Vries' }, { name: 'J Smith' }], year: 2019 }),
  scholarPaper({ title: 'Two', authors: [{ name: 'J Smith' }, { name: 'Marta de Vries' }], year: 2021 }),
  scholarPaper({ title: 'Three', authors: [{ name: 'M de Vries' }], year: 2022 }),
];

const text = (testId: string) => container.querySelector(`[data-testid="${testId}"]`)?.textContent ?? null;

describe('CollaborationSummary', () => {
  const summary = (coauthors = profile.coauthors) => summarizeCollaboration(papers, { name: profile.name, coauthors });

  it('says it is reading co-authors', () => {
    render(<CollaborationSummary summary={null} error={null} />, container);
    expect(text('collaboration')).toContain('Reading co-authors');
    expect(container.querySelector('[aria-busy="true"]')).not.toBeNull();
  });

  it('states why the summary failed', () => {
    render(<CollaborationSummary summary={null} error="The extension background is not reachable." />, container);
    expect(text('collaboration')).toContain('Co-authors could not be summarised: The extension background is not reachable.');
    expect(container.querySelector('[aria-busy]')).toBeNull();
  });

  it('lists co-authors with links', () => {
    render(<CollaborationSummary summary={summary()} error={null} />, container);
    const link = container.querySelector<HTMLAnchorElement>('[data-testid="coauthors"] a');
    expect(link?.textContent).toBe('J Smith');
    expect(link?.href).toBe('https://scholar.google.com/citations?user=JS');
    expect(text('coauthors')).toContain('2 papers (67%), 2019–2021');
  });

  it('states positions and solo papers', () => {
    render(<CollaborationSummary summary={summary([])} error={null} />, container);
    expect(text('positions')).toContain('first 1, middle 0, last 1, alone 1');
    expect(text('collaborator-counts')).toContain('1 co-author, 1 single-author paper.');
  });

  it('tells namesakes apart', () => {
    const withPid = (siteId: string) => ({ name: 'Wei Zhang', url: `https://dblp.org/pid/${siteId}.html`, siteId });
    const namesakes = [
      scholarPaper({ title: 'Four', authors: [{ name: 'Marta de Vries' }, withPid('77/2020-1')], year: 2022 }),
      scholarPaper({ title: 'Five', authors: [{ name: 'Marta de Vries' }, withPid('11/1111')], year: 2021 }),
    ];
    render(<CollaborationSummary summary={summarizeCollaboration(namesakes, { name: profile.name })} error={null} />, container);
    const coauthorNames = [...container.querySelectorAll('[data-testid="coauthors"] .name')].map((name) => name.textContent);
    expect(coauthorNames).toEqual(['Wei Zhang (77/2020-1)', 'Wei Zhang (11/1111)']);
    expect(text('collaborator-counts')).toContain('New recently: Wei Zhang (77/2020-1), Wei Zhang (11/1111).');
  });

  it('ends lists with one full stop', () => {
    const initials = [
      scholarPaper({ title: 'Six', authors: [{ name: 'Marta de Vries' }, { name: 'Beroza, G. C.' }], year: 2025 }),
      scholarPaper({ title: 'Seven', authors: [{ name: 'Marta de Vries' }, { name: 'Beroza, G. C.' }], year: 2026 }),
    ];
    render(<CollaborationSummary summary={summarizeCollaboration(initials, { name: profile.name })} error={null} />, container);
    expect(text('collaborator-counts')).toMatch(/New recently: [^.]*G\. C\.$/);
  });

  it('renders nothing without papers', () => {
    render(<CollaborationSummary summary={summarizeCollaboration([], { name: profile.name })} error={null} />, container);
    expect(container.innerHTML).toBe('');
  });
});

const RESULT: ProfileAnalysisResult = {
  summary: summarizeCollaboration(papers, { name: profile.name, coauthors: profile.coauthors }),
  groups: [{ label: 'J Smith, C Wu', members: ['smith j', 'wu c'], central: ['J Smith', 'C Wu'], papers: [0, 1], topics: ['Ecology'], firstYear: 2019, lastYear: 2021 }],
  mergedProfile: {
    warning: true,
    verdict: 'merged',
    clusters: [
      { papers: [0, 1], activeFrom: 2019, activeTo: 2021, recurringCoauthors: ['J Smith'], venues: ['Marine Ecology'], topics: [] },
      { papers: [2], activeFrom: 2022, activeTo: 2022, recurringCoauthors: [], venues: [], topics: [] },
    ],
    evidence: ['2 and 1 papers share no co-author.'],
  },
};

/** Renders the analysis state that `useProfileAnalysis` gives, for the tests to read. Without `analyze` it runs the default. */
function AnalysisProbe(props: { papers: PageRecord[]; analyze?: AnalyzeFunction; seen: AnalysisState[] }) {
  const state = useProfileAnalysis(profile, props.papers, SCHOLAR_SIGHTING, props.analyze);
  props.seen.push(state);
  return <CollaborationGroups profile={profile} result={state.result} />;
}

describe('CollaborationGroups', () => {
  it('shows groups and the warning', () => {
    render(<CollaborationGroups profile={profile} result={RESULT} />, container);
    expect(text('groups')).toContain('J Smith, C Wu');
    expect(text('groups')).toContain('2 papers, 2019–2021, Ecology');
    expect(container.textContent).toContain('Papers with two or more members of a group count for it.');
    expect(text('merged-warning')).toContain('2 papers, 2019–2021, with J Smith, in Marine Ecology');
    expect(text('merged-warning')).toContain('share no co-author');
  });

  it('hides the warning on weak evidence', () => {
    const weak = { ...RESULT, mergedProfile: { ...RESULT.mergedProfile, warning: false, verdict: 'single' as const } };
    render(<CollaborationGroups profile={profile} result={weak} />, container);
    expect(text('groups')).not.toBeNull();
    expect(text('merged-warning')).toBeNull();
  });

  it('renders nothing while the analysis runs', () => {
    render(<CollaborationGroups profile={profile} result={null} />, container);
    expect(container.innerHTML).toBe('');
  });
});

describe('useProfileAnalysis', () => {
  it('sends owner, papers and sighting once', async () => {
    const analyze = vi.fn<AnalyzeFunction>(async () => RESULT);
    const seen: AnalysisState[] = [];
    render(<AnalysisProbe papers={papers} analyze={analyze} seen={seen} />, container);
    await vi.waitFor(() => expect(text('groups')).toContain('J Smith, C Wu'));
    expect(analyze).toHaveBeenCalledTimes(1);
    expect(analyze.mock.calls[0]?.[0]).toEqual({ name: 'Marta de Vries', coauthors: profile.coauthors, metrics: {} });
    expect(analyze.mock.calls[0]?.[1]).toHaveLength(3);
    expect(analyze.mock.calls[0]?.[2]).toEqual(SCHOLAR_SIGHTING);
  });

  it('sends the sighting to the background', async () => {
    const { sighting, papers: records } = pageRead(papers);
    vi.mocked(sendRequest).mockClear();
    // The mocked background returns a whole analysis, so the probe draws it as in the extension.
    vi.mocked(sendRequest).mockResolvedValueOnce({ ok: true, ...RESULT });
    render(<AnalysisProbe papers={records} seen={[]} />, container);
    await vi.waitFor(() => expect(sendRequest).toHaveBeenCalledTimes(1));
    const request = vi.mocked(sendRequest).mock.calls[0]?.[0] as { type: string; sighting: unknown; papers: unknown[] };
    expect(request.type).toBe('profile/analyze');
    expect(request.sighting).toEqual(sighting);
    expect(request.papers[0]).toBe(records[0]);
    await vi.waitFor(() => expect(text('groups')).toContain('J Smith, C Wu'));
  });

  it('keeps the error of a failed analysis', async () => {
    const analyze = vi.fn<AnalyzeFunction>(async () => 'invalid response to profile/analyze');
    const seen: AnalysisState[] = [];
    render(<AnalysisProbe papers={papers} analyze={analyze} seen={seen} />, container);
    await vi.waitFor(() => expect(seen.at(-1)?.error).toBe('invalid response to profile/analyze'));
    expect(seen.at(-1)?.result).toBeNull();
  });

  it('skips the request without papers', async () => {
    const analyze = vi.fn<AnalyzeFunction>(async () => RESULT);
    render(<AnalysisProbe papers={[]} analyze={analyze} seen={[]} />, container);
    await new Promise((done) => setTimeout(done, 600));
    expect(analyze).not.toHaveBeenCalled();
  });
});

const VIEW: GraphView = {
  nodes: [
    { id: 'smith j', name: 'J Smith', papers: 2, group: 0, url: 'https://scholar.google.com/citations?user=JS', x: 50, y: 50 },
    { id: 'wu c', name: 'C Wu', papers: 1, group: 0, url: 'javascript:alert(1)', x: 150, y: 80 },
  ],
  edges: [{ source: 'smith j', target: 'wu c', weight: 1 }],
  groups: ['J Smith, C Wu'],
  hiddenNodes: 0,
  hiddenEdges: 0,
};

describe('CoauthorGraph', () => {
  it('links only http nodes', () => {
    render(<CoauthorGraph view={VIEW} />, container);
    const links = container.querySelectorAll('svg a');
    expect(links).toHaveLength(1);
    expect(links[0]?.getAttribute('href')).toBe('https://scholar.google.com/citations?user=JS');
    expect(container.innerHTML).not.toContain('javascript:');
  });

  it('makes every node focusable', () => {
    render(<CoauthorGraph view={VIEW} />, container);
    const focusable = container.querySelectorAll('svg a[href], svg g[tabindex="0"]');
    expect(focusable).toHaveLength(2);
    expect(focusable[1]?.getAttribute('aria-label')).toBe('C Wu, 1 joint paper');
  });

  it('lights ties of the focused node', () => {
    render(<CoauthorGraph view={VIEW} />, container);
    const node = container.querySelector<SVGGElement>('svg g[tabindex="0"]');
    node?.dispatchEvent(new FocusEvent('focus'));
    return vi.waitFor(() => expect(container.querySelector('line')?.getAttribute('class')).toBe('tie lit'));
  });
});
