import { describe, expect, it } from 'vitest';
import { analyzeProfile } from '../../../lib/analysis/collaboration/analyze';
import { findCollaboratorGroups, MAX_AUTHORS_FOR_TIES } from '../../../lib/analysis/collaboration/groups';
import { buildGraphView } from '../../../lib/analysis/collaboration/graph-view';
import { indexCoauthors } from '../../../lib/analysis/collaboration/people';
import type { Paper, Topic } from '../../../lib/model';
import { scholarPaper } from '../../helpers/papers';

let counter = 0;
function paper(authors: string[], year: number, topic?: string): Paper {
  counter += 1;
  const topics: Topic[] = topic ? [{ field: 'Computer Science', label: topic, score: 1, tier: 'lexicon' }] : [];
  return scholarPaper({ title: `Paper ${counter}`, authors: authors.map((name) => ({ name })), year, topics });
}

const OWNER = 'Olga Owner';
/** Two teams that never write together. */
const TEAMS = [
  paper(['O Owner', 'A Alpha', 'B Beta', 'C Gamma'], 2010, 'Databases'),
  paper(['O Owner', 'A Alpha', 'B Beta'], 2011, 'Databases'),
  paper(['O Owner', 'B Beta', 'C Gamma'], 2012, 'Databases'),
  paper(['O Owner', 'X Ray', 'Y Why', 'Z Zed'], 2018, 'Robotics'),
  paper(['O Owner', 'X Ray', 'Y Why'], 2019, 'Robotics'),
  paper(['O Owner', 'Y Why', 'Z Zed'], 2020, 'Robotics'),
];

describe('findCollaboratorGroups', () => {
  it('finds one group per team', () => {
    const groups = findCollaboratorGroups(indexCoauthors(TEAMS, OWNER), TEAMS);
    expect(groups).toHaveLength(2);
    const members = groups.map((group) => [...group.members].sort());
    expect(members).toContainEqual(['alpha a', 'beta b', 'gamma c']);
    expect(members).toContainEqual(['ray x', 'why y', 'zed z']);
  });

  it('names groups by central members', () => {
    const groups = findCollaboratorGroups(indexCoauthors(TEAMS, OWNER), TEAMS);
    const databases = groups.find((group) => group.topics[0] === 'Databases');
    expect(databases?.central[0]).toBe('B Beta');
    expect(databases?.label).toBe('B Beta, A Alpha, C Gamma');
    expect(databases).toMatchObject({ firstYear: 2010, lastYear: 2012, papers: [0, 1, 2] });
  });

  it('names topics from shown tags', () => {
    const hidden: Topic = { field: 'Computer Science', class: 'cs.LG', label: 'Machine Learning', score: 0.05, tier: 'lexicon' };
    const papers = TEAMS.map((team) => ({ ...team, topics: [...team.topics, hidden] }));
    const groups = findCollaboratorGroups(indexCoauthors(papers, OWNER), papers);
    expect(groups.flatMap((group) => group.topics)).not.toContain('Machine Learning');
    expect(groups.flatMap((group) => group.topics)).toContain('Databases');
  });

  it('is repeatable', () => {
    const first = findCollaboratorGroups(indexCoauthors(TEAMS, OWNER), TEAMS);
    const second = findCollaboratorGroups(indexCoauthors(TEAMS, OWNER), TEAMS);
    expect(second).toEqual(first);
  });

  it('ignores consortium papers', () => {
    const crowd = Array.from({ length: MAX_AUTHORS_FOR_TIES + 1 }, (_unused, index) => `P Person${index}`);
    const papers = [paper(['O Owner', ...crowd], 2015)];
    expect(findCollaboratorGroups(indexCoauthors(papers, OWNER), papers)).toEqual([]);
  });

  it('returns nothing without co-authors', () => {
    const papers = [paper(['O Owner'], 2015)];
    expect(findCollaboratorGroups(indexCoauthors(papers, OWNER), papers)).toEqual([]);
  });
});

describe('buildGraphView', () => {
  it('caps nodes and edges', () => {
    const view = buildGraphView(TEAMS, indexCoauthors(TEAMS, OWNER), { width: 400, height: 300, maxNodes: 4, maxEdges: 2 });
    expect(view.nodes).toHaveLength(4);
    expect(view.edges).toHaveLength(2);
    expect(view.hiddenNodes).toBe(2);
    expect(view.edges[0]!.weight).toBeGreaterThanOrEqual(view.edges[1]!.weight);
  });

  it('places nodes inside the drawing', () => {
    const view = buildGraphView(TEAMS, indexCoauthors(TEAMS, OWNER), { width: 400, height: 300 });
    for (const node of view.nodes) {
      expect(node.x).toBeGreaterThanOrEqual(16);
      expect(node.x).toBeLessThanOrEqual(384);
      expect(node.y).toBeGreaterThanOrEqual(16);
      expect(node.y).toBeLessThanOrEqual(284);
    }
  });

  it('spreads co-authors without ties', () => {
    // Each co-author wrote one paper alone with the owner, so no tie keeps any of them in place.
    const loners = ['Shweta Bansal', 'Lisa O. Singh', 'Sean A. Myers', 'Peter J. Mucha', 'Mason A. Porter', 'Nathan Eagle'];
    const teams = [
      ['Ada Abbott', 'Ben Baker', 'Cara Cole', 'Dan Dunn'],
      ['Eve Ellis', 'Finn Ford', 'Gail Gray', 'Hugo Hart'],
      ['Ida Irwin', 'Jon Jones', 'Kim Kerr', 'Liam Lowe'],
      ['Mia Moss', 'Ned Nash', 'Ola Olsen', 'Pia Price'],
    ];
    const papers = [
      ...teams.flatMap((members, team) => [paper(['O Owner', ...members], 2000 + team), paper(['O Owner', ...members], 2001 + team)]),
      ...loners.map((name, index) => paper(['O Owner', name], 2010 + index)),
    ];
    const view = buildGraphView(papers, indexCoauthors(papers, OWNER), { width: 760, height: 520 });
    const inside = view.nodes.filter((node) => node.x > 16 && node.x < 744 && node.y > 16 && node.y < 504);
    expect(inside).toHaveLength(view.nodes.length);
    for (const [index, node] of view.nodes.entries()) {
      for (const other of view.nodes.slice(index + 1)) {
        // Labels run 50 to 80 units to the right of a node, so nodes on one line need about that much room.
        const apart = Math.abs(node.y - other.y) >= 12 || Math.abs(node.x - other.x) >= 50;
        expect(apart, `${node.name} and ${other.name}`).toBe(true);
      }
    }
  });

  it('keeps only http links', () => {
    const siteCoauthors = [{ name: 'Bob Beta', url: 'https://scholar.google.com/citations?user=B' }];
    const view = buildGraphView(TEAMS, indexCoauthors(TEAMS, OWNER), { width: 400, height: 300, siteCoauthors });
    expect(view.nodes.find((node) => node.id === 'beta b')?.url).toBe('https://scholar.google.com/citations?user=B');
    expect(view.nodes.filter((node) => node.url)).toHaveLength(1);
  });
});

describe('analyzeProfile', () => {
  it('flags an h-index above the paper count', () => {
    const metrics = { hIndex: { all: 98, recent: null } };
    const analysis = analyzeProfile(TEAMS, { name: OWNER, metrics });
    expect(analysis.metricWarnings[0]).toContain('h-index of 98');
  });
});

describe('findCollaboratorGroups minimum', () => {
  it('drops a one-paper team', () => {
    const papers = [paper(['O Owner', 'A Alpha', 'B Beta', 'C Gamma'], 2010)];
    expect(findCollaboratorGroups(indexCoauthors(papers, OWNER), papers)).toEqual([]);
  });
});
