import { describe, expect, it } from 'vitest';
import { summarizeCollaboration } from '../../../lib/analysis/collaboration/summary';
import { indexCoauthors } from '../../../lib/analysis/collaboration/people';
import type { Paper } from '../../../lib/model';
import { scholarPaper } from '../../helpers/papers';

let counter = 0;
function paper(authors: string[], year: number | null, truncated = false): Paper {
  counter += 1;
  return scholarPaper({ title: `Paper ${counter}`, authors: authors.map((name) => ({ name })), authorsTruncated: truncated, year });
}

const OWNER = { name: 'Marta de Vries' };

describe('summarizeCollaboration', () => {
  it('counts joint papers, years and share', () => {
    const papers = [paper(['M de Vries', 'J Smith'], 2010), paper(['John Smith', 'Marta de Vries'], 2014), paper(['M de Vries', 'C Wu'], 2012), paper(['M de Vries'], 2013)];
    const summary = summarizeCollaboration(papers, OWNER);
    expect(summary.top[0]).toMatchObject({ name: 'John Smith', papers: 2, firstYear: 2010, lastYear: 2014, share: 0.5 });
    expect(summary.coauthorCount).toBe(2);
  });

  it('never lists the owner', () => {
    const papers = [paper(['M de Vries', 'J Smith'], 2010), paper(['Marta de Vries', 'J Smith'], 2011)];
    const names = summarizeCollaboration(papers, OWNER).top.map((person) => person.name);
    expect(names).toEqual(['J Smith']);
  });

  it('counts positions on complete lists only', () => {
    const papers = [
      paper(['M de Vries', 'A Bee'], 2010),
      paper(['A Bee', 'M de Vries', 'C Sea'], 2011),
      paper(['A Bee', 'M de Vries'], 2012),
      paper(['M de Vries'], 2013),
      paper(['A Bee', 'C Sea', 'M de Vries'], 2014, true),
    ];
    const { positions, soloPapers } = summarizeCollaboration(papers, OWNER);
    expect(positions).toEqual({ first: 1, middle: 1, last: 1, solo: 1, counted: 4 });
    expect(soloPapers).toBe(1);
  });

  it('counts only the owner alone', () => {
    const papers = [paper(['M de Vries'], 2013), paper(['J Granholm'], 2014)];
    expect(summarizeCollaboration(papers, OWNER).soloPapers).toBe(1);
  });

  it('skips positions when the owner is absent', () => {
    const { positions } = summarizeCollaboration([paper(['A Bee', 'C Sea'], 2010)], OWNER);
    expect(positions.counted).toBe(0);
  });

  it('separates new and long-standing collaborators', () => {
    const papers = [
      paper(['M de Vries', 'Old Friend'], 2005),
      paper(['M de Vries', 'Old Friend'], 2012),
      paper(['M de Vries', 'Old Friend'], 2020),
      paper(['M de Vries', 'New Face'], 2023),
      paper(['M de Vries', 'Earlier Face'], 2018),
    ];
    const summary = summarizeCollaboration(papers, OWNER);
    expect(summary.newCollaborators.map((person) => person.name)).toEqual(['New Face']);
    expect(summary.longStanding.map((person) => person.name)).toEqual(['Old Friend']);
  });

  it('links site co-authors by name', () => {
    const papers = [paper(['M de Vries', 'DR Radev'], 2010)];
    const siteCoauthors = [
      { name: 'Dragomir Radev', url: 'https://scholar.google.com/citations?user=AAA' },
      { name: 'Evil Link', url: 'javascript:alert(1)' },
    ];
    const [radev] = summarizeCollaboration(papers, { ...OWNER, coauthors: siteCoauthors }).top;
    expect(radev?.url).toBe('https://scholar.google.com/citations?user=AAA');
  });

  it('omits non-http links', () => {
    const papers = [paper(['M de Vries', 'E Link'], 2010)];
    const [person] = summarizeCollaboration(papers, { ...OWNER, coauthors: [{ name: 'Evil Link', url: 'javascript:alert(1)' as never }] }).top;
    expect(person?.url).toBeUndefined();
  });

  it('handles no papers', () => {
    const summary = summarizeCollaboration([], OWNER);
    expect(summary.top).toEqual([]);
    expect(summary.paperCount).toBe(0);
  });
});

describe('indexCoauthors', () => {
  it('infers a missing owner', () => {
    const papers = [paper(['A Einstein', 'N Rosen'], 1935), paper(['A Einstein'], 1905), paper(['AE Einstein', 'L Infeld'], 1938)];
    const index = indexCoauthors(papers, null);
    // The spelling on most rows names the owner, not the longest one.
    expect(index.owner).toBe('A Einstein');
    expect(index.coauthors.flat()).toEqual(['rosen n', 'infeld l']);
  });

  it('infers the owner when the name matches nobody', () => {
    const papers = [paper(['T Ju', 'G Liu'], 2024), paper(['P Cheng', 'T Ju'], 2024), paper(['T Ju'], 2025)];
    const index = indexCoauthors(papers, '鞠天杰');
    expect(index.owner).toBe('T Ju');
    expect(index.positions).toEqual(['first', 'last', 'solo']);
  });

  it('infers nobody from one paper', () => {
    expect(indexCoauthors([paper(['Tom B Brown', 'Ben Mann'], 2020)], null).owner).toBeNull();
  });

  it('infers nobody without a majority', () => {
    const papers = [paper(['A Bee'], 2000), paper(['C Sea'], 2001)];
    expect(indexCoauthors(papers, null).owner).toBeNull();
  });
});
