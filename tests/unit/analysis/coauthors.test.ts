import { describe, expect, it } from 'vitest';
import { nameKey, topCoauthors } from '../../../lib/analysis/coauthors';
import type { Paper } from '../../../lib/model';

let nextId = 0;

function paper(authors: string[], year: number | null): Paper {
  nextId += 1;
  return {
    id: `p${nextId}`,
    title: `Paper ${nextId}`,
    authors: authors.map((name) => ({ name })),
    authorsTruncated: false,
    venue: null,
    year,
    citations: 0,
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
  };
}

const names = (summaries: { name: string }[]) => summaries.map((summary) => summary.name);

describe('nameKey', () => {
  it.each([
    ['A Einstein', 'einstein a'],
    ['Albert Einstein', 'einstein a'],
    ['Einstein, Albert', 'einstein a'],
    ['KA Irshad', 'irshad k'],
    ['J.R.R. Tolkien', 'tolkien j'],
    ['John Smith Jr', 'smith j'],
    ['IV Petrov', 'petrov i'],
    ['Jean-Pierre Serre', 'serre j'],
    ["C O'Brien", 'obrien c'],
    ['Ángel Núñez', 'nunez a'],
    ['Plato', 'plato'],
    ['', ''],
    ['...', ''],
  ])('keys "%s" as "%s"', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });
});

describe('topCoauthors', () => {
  it('skips the abbreviated owner', () => {
    const rows = [paper(['A Einstein', 'M Grossmann'], 1913), paper(['A Einstein', 'N Rosen'], 1935)];
    expect(names(topCoauthors(rows, { name: 'Albert Einstein' }))).toEqual(['N Rosen', 'M Grossmann']);
  });

  it('skips the reversed owner', () => {
    const rows = [paper(['KA Irshad', 'A Pazhedath'], 2019), paper(['A Pazhedath', 'KA Irshad'], 2021)];
    const result = topCoauthors(rows, { name: 'Irshad K A' });
    expect(names(result)).toEqual(['A Pazhedath']);
    expect(result[0]?.count).toBe(2);
  });

  it('skips the owner with diacritics', () => {
    const rows = [paper(['E Schrodinger', 'W Heitler'], 1930)];
    expect(names(topCoauthors(rows, { name: 'Erwin Schrödinger' }))).toEqual(['W Heitler']);
  });

  it('merges spellings under the longest', () => {
    const rows = [paper(['J Smith', 'X Owner'], 2010), paper(['John Smith', 'X Owner'], 2012)];
    rows.push(paper(['J. Smith'], 2011));
    const [smith] = topCoauthors(rows, { name: 'Xavier Owner' });
    expect(smith?.name).toBe('John Smith');
    expect(smith?.count).toBe(3);
  });

  it('merges diacritic variants', () => {
    const rows = [paper(['J Müller'], 2001), paper(['Jürgen Muller'], 2003)];
    const [muller] = topCoauthors(rows, { name: 'Someone Else' });
    expect(muller?.name).toBe('Jürgen Muller');
    expect(muller?.count).toBe(2);
  });

  it('ignores null years', () => {
    const rows = [paper(['B Bee'], null), paper(['B Bee'], 2015), paper(['B Bee'], 2009), paper(['C Sea'], null)];
    const result = topCoauthors(rows, { name: 'Owner' });
    expect(result[0]).toMatchObject({ name: 'B Bee', count: 3, firstYear: 2009, lastYear: 2015 });
    expect(result[1]).toMatchObject({ name: 'C Sea', firstYear: null, lastYear: null });
  });

  it('computes share of papers', () => {
    const rows = [paper(['B Bee'], 2000), paper(['B Bee', 'C Sea'], 2001), paper([], 2002), paper(['D Dee'], 2003)];
    const result = topCoauthors(rows, { name: 'Owner' });
    expect(result.find((summary) => summary.name === 'B Bee')?.share).toBe(0.5);
    expect(result.find((summary) => summary.name === 'C Sea')?.share).toBe(0.25);
  });

  it('counts once per paper', () => {
    const rows = [paper(['B Bee', 'Bob Bee'], 2000)];
    expect(topCoauthors(rows, { name: 'Owner' })[0]?.count).toBe(1);
  });

  it('orders by count then recency', () => {
    const rows = [paper(['Old Pal', 'New Pal'], 1990), paper(['Old Pal'], 1991), paper(['New Pal', 'Top Pal'], 2020)];
    rows.push(paper(['Top Pal'], 2021), paper(['Top Pal'], 2022));
    expect(names(topCoauthors(rows, { name: 'Owner' }))).toEqual(['Top Pal', 'New Pal', 'Old Pal']);
  });

  it('applies the limit', () => {
    const rows = [paper(['A Aa', 'B Bb', 'C Cc', 'D Dd'], 2000)];
    expect(topCoauthors(rows, { name: 'Owner' }, 2)).toHaveLength(2);
    expect(topCoauthors(rows, { name: 'Owner' })).toHaveLength(4);
  });

  it('returns nothing for no papers', () => {
    expect(topCoauthors([], { name: 'Owner' })).toEqual([]);
  });
});
