import { describe, expect, it } from 'vitest';
import { checkSiteMetrics, recomputeMetrics } from '../../../lib/analysis/metrics';
import type { Paper } from '../../../lib/model';

let nextId = 0;

function paper(citations: number | null, extra: Partial<Paper> = {}): Paper {
  nextId += 1;
  return {
    id: `p${nextId}`,
    title: `Paper ${nextId}`,
    authors: [{ name: 'A Einstein' }],
    authorsTruncated: false,
    venue: null,
    year: 2020,
    citations,
    ids: {},
    links: [],
    codeLinks: [],
    topics: [],
    provenance: [
      {
        site: 'google-scholar',
        profile: 'google-scholar:abc',
        pageUrl: 'https://scholar.google.com/',
        firstSeen: '2024-01-01T00:00:00Z',
        lastSeen: '2024-01-01T00:00:00Z',
      },
    ],
    ...extra,
  };
}

const papers = (counts: (number | null)[]) => counts.map((count) => paper(count));

describe('recomputeMetrics', () => {
  it.each([
    [[], 0],
    [[0, 0], 0],
    [[1], 1],
    [[100], 1],
    [[10, 8, 5, 4, 3], 4],
    [[3, 3, 3], 3],
    [[5, 5, 5, 5, 5, 5], 5],
    [[4, 4, 4, 4, 1], 4],
    [[25, 8, 5, 3, 3], 3],
  ])('h-index of %j is %i', (counts, expected) => {
    expect(recomputeMetrics(papers(counts)).hIndex).toBe(expected);
  });

  it('counts i10 at exactly 10', () => {
    expect(recomputeMetrics(papers([10, 9, 11, 0])).i10Index).toBe(2);
  });

  it('sums citations', () => {
    const metrics = recomputeMetrics(papers([10, 9, 11, 0]));
    expect(metrics.citations).toBe(30);
    expect(metrics.paperCount).toBe(4);
  });

  it('treats null citations as 0', () => {
    const metrics = recomputeMetrics(papers([3, null, 2, null]));
    expect(metrics.citations).toBe(5);
    expect(metrics.hIndex).toBe(2);
    expect(metrics.papersWithoutCitations).toBe(2);
    expect(metrics.paperCount).toBe(4);
  });

  it('skips duplicate counts', () => {
    const rows = [...papers([3, 3]), paper(50, { citationsCountedUnder: 'abc:xyz' })];
    const metrics = recomputeMetrics(rows);
    expect(metrics.citations).toBe(6);
    expect(metrics.hIndex).toBe(2);
    expect(metrics.i10Index).toBe(0);
    expect(metrics.paperCount).toBe(3);
  });

  it('counts papers without year', () => {
    const rows = [paper(1, { year: null }), paper(2), paper(null, { year: null })];
    expect(recomputeMetrics(rows).papersWithoutYear).toBe(2);
  });

  it('handles an empty list', () => {
    expect(recomputeMetrics([])).toEqual({
      paperCount: 0,
      citations: 0,
      hIndex: 0,
      i10Index: 0,
      papersWithoutYear: 0,
      papersWithoutCitations: 0,
    });
  });
});

describe('checkSiteMetrics', () => {
  const site = (hIndex: number | null, i10Index: number | null, citations: number | null) => ({
    hIndex: { all: hIndex, recent: null },
    i10Index: { all: i10Index, recent: null },
    citations: { all: citations, recent: null },
  });

  it('accepts consistent values', () => {
    expect(checkSiteMetrics(site(20, 30, 2000), 60, { citations: 1990 }, true)).toEqual([]);
  });

  it('accepts missing values', () => {
    expect(checkSiteMetrics({}, 0, { citations: 0 }, true)).toEqual([]);
    expect(checkSiteMetrics(site(null, null, null), 5, { citations: 100 }, true)).toEqual([]);
  });

  it('flags recent counts above all-time ones', () => {
    const metrics = { ...site(20, 30, 1250), citations: { all: 1250, recent: 3000 }, hIndex: { all: 20, recent: 21 }, recentSince: 2021 };
    expect(checkSiteMetrics(metrics, 60, { citations: 1250 }, true)).toEqual([
      'The site reports 3,000 citations since 2021 but 1,250 citations in all, and the all-time value cannot be lower.',
      'The site reports an h-index of 21 since 2021 but an h-index of 20 in all, and the all-time value cannot be lower.',
    ]);
  });

  it('flags h-index above paper count', () => {
    expect(checkSiteMetrics(site(98, 98, 20000), 60, { citations: 20000 }, true)).toContain(
      'The site reports an h-index of 98, but the profile lists only 60 papers.',
    );
  });

  it('flags i10-index above paper count', () => {
    expect(checkSiteMetrics(site(5, 12, 300), 1, { citations: 300 }, true)).toContain(
      'The site reports an i10-index of 12, but the profile lists only 1 paper.',
    );
  });

  it('skips paper-count checks on a partial list', () => {
    expect(checkSiteMetrics(site(17, 21, 1000), 2, { citations: 1 }, false)).toEqual([]);
  });

  it('allows h-index equal to paper count', () => {
    expect(checkSiteMetrics(site(3, 0, 9), 3, { citations: 9 }, true)).toEqual([]);
  });

  it('flags i10-index below h-index', () => {
    expect(checkSiteMetrics(site(25, 12, 5000), 100, { citations: 0 }, false)).toEqual([
      'The site reports an h-index of 25 but an i10-index of only 12. ' +
        'An h-index of 25 needs at least 25 papers with 10 or more citations.',
    ]);
  });

  it('flags citations below h squared', () => {
    expect(checkSiteMetrics(site(5, 0, 20), 10, { citations: 0 }, false)).toEqual([
      'The site reports an h-index of 5 but only 20 citations. An h-index of 5 needs at least 25.',
    ]);
  });

  it('flags invalid values', () => {
    expect(checkSiteMetrics(site(-1, null, 2.5), 10, { citations: 0 }, false)).toEqual([
      'The site reports an h-index of -1, which is not a whole number of 0 or more.',
      'The site reports a citation count of 2.5, which is not a whole number of 0 or more.',
    ]);
  });

  it('compares citations when complete', () => {
    expect(checkSiteMetrics(site(20, 30, 5000), 60, { citations: 3200 }, true)).toEqual([
      'The site reports 5,000 citations, but the 60 papers listed add up to 3,200.',
    ]);
  });

  it('skips citations when incomplete', () => {
    expect(checkSiteMetrics(site(20, 30, 5000), 60, { citations: 3200 }, false)).toEqual([]);
  });

  it('tolerates small citation gaps', () => {
    expect(checkSiteMetrics(site(20, 30, 5000), 60, { citations: 4500 }, true)).toEqual([]);
    expect(checkSiteMetrics(site(1, 0, 12), 2, { citations: 4 }, true)).toEqual([]);
  });
});
