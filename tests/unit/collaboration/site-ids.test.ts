import { describe, expect, it } from 'vitest';
import { analyzeProfile } from '../../../lib/analysis/collaboration/analyze';
import { buildGraphView } from '../../../lib/analysis/collaboration/graph-view';
import { indexCoauthors } from '../../../lib/analysis/collaboration/people';
import { summarizeCollaboration } from '../../../lib/analysis/collaboration/summary';
import { withSighting, type Author, type Paper } from '../../../lib/model';
import { dblp } from '../../../lib/sites/dblp';
import { sightingOf } from '../../../lib/sites/record';
import { dblpEntry, dblpPersonPage } from '../../helpers/dblp-pages';
import { parseHtml } from '../../helpers/pages';
import { scholarPaper } from '../../helpers/papers';

const NOW = '2026-01-01T00:00:00.000Z';

function parseDblp(html: string): { papers: Paper[]; owner: string } {
  const doc = parseHtml(html);
  const page = dblp.detect(doc, new URL('file:///saved.html'));
  if (!page) throw new Error('inline dblp page not detected');
  const { profile, rows } = dblp.parse(doc, page);
  const sighting = sightingOf(page, NOW);
  return { papers: rows.flatMap((row) => (row.paper ? [withSighting(row.paper, sighting)] : [])), owner: profile?.name ?? '' };
}

let counter = 0;
function paper(authors: Author[]): Paper {
  counter += 1;
  return scholarPaper({ title: `Paper ${counter}`, authors: [{ name: 'Ana Lopez' }, ...authors] });
}

const withPid = (pid: string): Author => ({ name: 'Wei Zhang', url: `https://dblp.org/pid/${pid}.html`, siteId: pid });
const WITHOUT_ID: Author = { name: 'Wei Zhang' };

function coauthorsOf(papers: Paper[]) {
  return summarizeCollaboration(papers, { name: 'Ana Lopez' }).top.map(({ name, papers: count, siteId }) => ({ name, papers: count, siteId }));
}

describe('co-authors with site ids', () => {
  it('keeps dblp namesakes apart', () => {
    const { papers, owner } = parseDblp(
      dblpPersonPage([
        dblpEntry('journals/x/A1', 'First', ['Wei Zhang 0001', '77/2020-1']),
        dblpEntry('journals/x/A2', 'Second', ['Wei Zhang 0001', '77/2020-1']),
        dblpEntry('journals/x/A3', 'Third', ['Wei Zhang', '11/1111']),
      ]),
    );
    const { summary } = analyzeProfile(papers, { name: owner });

    expect(summary.coauthorCount).toBe(2);
    expect(summary.top.map((person) => [person.name, person.papers, person.siteId])).toEqual([
      ['Wei Zhang', 2, '77/2020-1'],
      ['Wei Zhang', 1, '11/1111'],
    ]);
    expect(summary.top[0]?.url).toBe('https://dblp.org/pid/77/2020-1.html');
    expect(summary.top[1]?.url).toBe('https://dblp.org/pid/11/1111.html');
  });

  it('joins one id with id-less mentions', () => {
    const people = coauthorsOf([paper([withPid('77/2020-1')]), paper([withPid('77/2020-1')]), paper([WITHOUT_ID])]);
    expect(people).toEqual([{ name: 'Wei Zhang', papers: 3, siteId: undefined }]);
  });

  it('keeps id-less mentions off namesakes', () => {
    const people = coauthorsOf([paper([withPid('77/2020-1')]), paper([withPid('77/2020-1')]), paper([withPid('11/1111')]), paper([WITHOUT_ID])]);
    expect(people).toEqual([
      { name: 'Wei Zhang', papers: 2, siteId: '77/2020-1' },
      { name: 'Wei Zhang', papers: 1, siteId: '11/1111' },
      { name: 'Wei Zhang', papers: 1, siteId: undefined },
    ]);
  });

  it('joins spellings sharing one id', () => {
    const before: Author = { name: 'Maria Garcia', url: 'https://dblp.org/pid/55/5555.html', siteId: '55/5555' };
    const after: Author = { ...before, name: 'Maria Garcia-Lopez' };
    const people = coauthorsOf([paper([before]), paper([after])]);
    expect(people).toEqual([{ name: 'Maria Garcia-Lopez', papers: 2, siteId: undefined }]);
  });

  it('never compares ids across hosts', () => {
    const acl: Author = { name: 'Wei Zhang', url: 'https://aclanthology.org/people/wei-zhang/', siteId: 'wei-zhang' };
    const people = coauthorsOf([paper([withPid('77/2020-1')]), paper([acl])]);
    expect(people).toEqual([{ name: 'Wei Zhang', papers: 2, siteId: undefined }]);
  });

  it('withholds links from panel namesakes', () => {
    const siteCoauthors = [
      { name: 'Wei Zhang', url: 'https://scholar.google.com/citations?user=AAAA', siteId: 'AAAA' },
      { name: 'Wei Zhang', url: 'https://scholar.google.com/citations?user=BBBB', siteId: 'BBBB' },
    ];
    const [person] = summarizeCollaboration([paper([WITHOUT_ID])], { name: 'Ana Lopez', coauthors: siteCoauthors }).top;
    expect(person?.name).toBe('Wei Zhang');
    expect(person?.url).toBeUndefined();
  });
});

/** Two papers by the owner with two dblp namesakes and Piet Vermaas, so the three form a group. */
const NAMESAKES_PAGE = dblpPersonPage(
  ['journals/x/B1', 'journals/x/B2'].map((key, index) =>
    dblpEntry(key, `Joint work ${index + 1}`, ['Wei Zhang 0001', '77/2020-1'], ['Wei Zhang 0002', '11/1111'], ['Piet Vermaas', '88/1010']),
  ),
);

describe('namesake display names', () => {
  const { papers, owner } = parseDblp(NAMESAKES_PAGE);
  const analysis = analyzeProfile(papers, { name: owner });

  it('adds site ids to namesakes', () => {
    const namePairs = analysis.summary.top.map((person) => [person.name, person.displayName]);
    expect(namePairs).toHaveLength(3);
    expect(namePairs).toContainEqual(['Wei Zhang', 'Wei Zhang (77/2020-1)']);
    expect(namePairs).toContainEqual(['Wei Zhang', 'Wei Zhang (11/1111)']);
    expect(namePairs).toContainEqual(['Piet Vermaas', 'Piet Vermaas']);
  });

  it('labels groups with site ids', () => {
    const [group] = analysis.groups;
    expect(analysis.groups).toHaveLength(1);
    expect([...(group?.central ?? [])].sort()).toEqual(['Piet Vermaas', 'Wei Zhang (11/1111)', 'Wei Zhang (77/2020-1)']);
    expect(group?.label).toContain('Wei Zhang (77/2020-1)');
    expect(group?.label).toContain('Wei Zhang (11/1111)');
  });

  it('names namesakes in clusters', () => {
    const recurring = analysis.mergedProfile.clusters.flatMap((cluster) => cluster.recurringCoauthors);
    expect(recurring).toContain('Wei Zhang (77/2020-1)');
    expect(recurring).toContain('Wei Zhang (11/1111)');
    expect(recurring).not.toContain('Wei Zhang');
  });

  it('names graph nodes apart', () => {
    const view = buildGraphView(papers, indexCoauthors(papers, owner), { width: 400, height: 300 });
    expect(view.nodes.map((node) => node.name).sort()).toEqual(['Piet Vermaas', 'Wei Zhang (11/1111)', 'Wei Zhang (77/2020-1)']);
  });

  it('marks a namesake without id', () => {
    const mentions = [paper([withPid('77/2020-1')]), paper([withPid('77/2020-1')]), paper([withPid('11/1111')]), paper([WITHOUT_ID])];
    const summary = summarizeCollaboration(mentions, { name: 'Ana Lopez' });
    expect(summary.top.map((person) => person.displayName)).toEqual(['Wei Zhang (77/2020-1)', 'Wei Zhang (11/1111)', 'Wei Zhang (no id)']);
  });
});
