import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CollaborationSummary } from '@/components/overlay/CollaborationSummary';
import { CollaborationGroups, type AnalyzeFunction } from '@/components/overlay/CollaborationGroups';
import { CoauthorGraph } from '@/components/graph/CoauthorGraph';
import type { ProfileAnalysisResult } from '@/lib/analysis/collaboration/schema';
import type { GraphView } from '@/lib/analysis/collaboration/graph-view';
import type { Paper, Profile } from '@/lib/model';
import { scholarPaper } from '../../helpers/papers';

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
  it('says it is reading co-authors until the summary is computed', async () => {
    render(<CollaborationSummary papers={papers} owner={profile.name} siteCoauthors={profile.coauthors} />, container);
    expect(text('collaboration')).toContain('Reading co-authors');
    await vi.waitFor(() => expect(text('coauthors')).not.toBeNull());
    expect(text('collaboration')).not.toContain('Reading co-authors');
  });

  it('lists co-authors with links', async () => {
    render(<CollaborationSummary papers={papers} owner={profile.name} siteCoauthors={profile.coauthors} />, container);
    await vi.waitFor(() => expect(text('coauthors')).not.toBeNull());
    const link = container.querySelector<HTMLAnchorElement>('[data-testid="coauthors"] a');
    expect(link?.textContent).toBe('J Smith');
    expect(link?.href).toBe('https://scholar.google.com/citations?user=JS');
    expect(text('coauthors')).toContain('2 papers (67%), 2019–2021');
  });

  it('states positions and solo papers', async () => {
    render(<CollaborationSummary papers={papers} owner={profile.name} siteCoauthors={[]} />, container);
    await vi.waitFor(() => expect(text('positions')).not.toBeNull());
    expect(text('positions')).toContain('first 1, middle 0, last 1, alone 1');
    expect(text('collaborator-counts')).toContain('1 co-authors, 1 single-author paper');
  });

  it('renders nothing without papers', async () => {
    render(<CollaborationSummary papers={[]} owner={profile.name} siteCoauthors={[]} />, container);
    await vi.waitFor(() => expect(container.innerHTML).toBe(''));
  });
});

const RESULT: ProfileAnalysisResult = {
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

describe('CollaborationGroups', () => {
  it('shows groups and the warning', async () => {
    const analyze = vi.fn<AnalyzeFunction>(async () => RESULT);
    render(<CollaborationGroups profile={profile} papers={papers} analyze={analyze} />, container);
    await vi.waitFor(() => expect(text('groups')).toContain('J Smith, C Wu'));
    expect(text('groups')).toContain('2 papers, 2019–2021, Ecology');
    expect(text('merged-warning')).toContain('2 papers, 2019–2021, with J Smith, in Marine Ecology');
    expect(text('merged-warning')).toContain('share no co-author');
    expect(analyze).toHaveBeenCalledTimes(1);
  });

  it('hides the warning on weak evidence', async () => {
    const analyze = vi.fn<AnalyzeFunction>(async () => ({ ...RESULT, mergedProfile: { ...RESULT.mergedProfile, warning: false, verdict: 'single' } }));
    render(<CollaborationGroups profile={profile} papers={papers} analyze={analyze} />, container);
    await vi.waitFor(() => expect(text('groups')).not.toBeNull());
    expect(text('merged-warning')).toBeNull();
  });

  it('skips the request without papers', async () => {
    const analyze = vi.fn<AnalyzeFunction>(async () => RESULT);
    render(<CollaborationGroups profile={profile} papers={[]} analyze={analyze} />, container);
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
