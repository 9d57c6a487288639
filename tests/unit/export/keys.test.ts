import { describe, expect, it } from 'vitest';
import { exportPapers } from '../../../lib/export';
import { asciiFold, citationKey, citationKeys } from '../../../lib/export/keys';
import { parseImportFile } from '../../../lib/import';
import { makePaper } from './helpers';

const authors = ['Mira Halvorsen', 'Otto Brandt'];
const p7 = makePaper({ id: 'p7', title: 'Adaptive tiling for panoramic video', year: 2016, authors });
const p8 = makePaper({ id: 'p8', title: 'Adaptive tiling from saliency maps', year: 2016, authors });
const p9 = makePaper({ id: 'p9', title: 'Low-latency tile prefetching', year: 2016, authors: ['Kai Halvorsen'] });

describe('citationKey', () => {
  it('builds family, year and word', () => {
    expect(citationKey(p7)).toBe('halvorsen2016adaptive');
    expect(citationKey(p9)).toBe('halvorsen2016low');
  });

  it('skips stop words in the title', () => {
    const paper = makePaper({ id: 'x', title: 'On the Theory of Tides', year: 2001, authors: ['Eva Brandt'] });
    expect(citationKey(paper)).toBe('brandt2001theory');
  });

  it.each([
    ['O ambiente organizacional de startups', 'castro2015ambiente'],
    ['Um estudo sobre governança', 'castro2015estudo'],
    ['La salud de la población', 'castro2015salud'],
    ['Über die Elektrodynamik', 'castro2015elektrodynamik'],
  ])('skips articles in other languages: %s', (title, key) => {
    expect(citationKey(makePaper({ id: 'x', title, year: 2015, authors: ['P Castro'] }))).toBe(key);
  });

  it('leaves out a missing year', () => {
    const paper = makePaper({ id: 'x', title: 'Field notes on harbour seals', authors: ['R Nyberg'] });
    expect(citationKey(paper)).toBe('nybergfield');
  });

  it('drops dblp homonym number', () => {
    const paper = makePaper({ id: 'x', title: 'Graph Sketches for Streaming Joins', year: 2023, authors: ['Lina Sorensen 0002'] });
    expect(citationKey(paper)).toBe('sorensen2023graph');
  });

  it('folds accents and particles', () => {
    const paper = makePaper({ id: 'x', title: 'Ørsted revisited', year: 2020, authors: ['Jan van den Berg'] });
    expect(citationKey(paper)).toBe('vandenberg2020orsted');
  });

  it('uses anon without authors', () => {
    expect(citationKey(makePaper({ id: 'x', title: 'Untitled note', year: 2020 }))).toBe('anon2020untitled');
  });

  it('prefixes key without Latin start', () => {
    expect(citationKey(makePaper({ id: 'x', title: '图神经网络', year: 2021, authors: ['王小明'] }))).toBe('paper2021');
    expect(citationKey(makePaper({ id: 'y', title: '图神经网络', authors: ['王小明'] }))).toBe('paper');
    expect(citationKey(makePaper({ id: 'z', title: 'BERT 图神经网络', year: 2021, authors: ['王小明'] }))).toBe('paper2021bert');
  });

  it('ignores the paper id', () => {
    expect(citationKey({ ...p7, id: 'p-0123456789abcdef' })).toBe(citationKey(p7));
  });
});

describe('citationKeys', () => {
  it('suffixes only colliding keys', () => {
    const keys = citationKeys([p7, p8, p9]);
    expect(keys.get('p7')).toBe('halvorsen2016adaptive-a');
    expect(keys.get('p8')).toBe('halvorsen2016adaptive-b');
    expect(keys.get('p9')).toBe('halvorsen2016low');
  });

  it('keeps unsuffixed keys across exports', () => {
    expect(citationKeys([p9]).get('p9')).toBe('halvorsen2016low');
    expect(citationKeys([p8]).get('p8')).toBe('halvorsen2016adaptive');
  });

  it('orders suffixes by content', () => {
    const renamed = [
      { ...p8, id: 'p-0000000000000001' },
      { ...p7, id: 'p-ffffffffffffffff' },
    ];
    const keys = citationKeys(renamed);
    expect(keys.get('p-ffffffffffffffff')).toBe('halvorsen2016adaptive-a');
    expect(keys.get('p-0000000000000001')).toBe('halvorsen2016adaptive-b');
    expect(citationKeys([p8, p9, p7])).toEqual(citationKeys([p7, p8, p9]));
  });

  it('orders equal titles by DOI', () => {
    const journal = makePaper({ id: 'j', title: 'Adaptive tiling', year: 2016, authors, ids: { doi: '10.5555/tiling.2' } });
    const conference = makePaper({ id: 'c', title: 'Adaptive Tiling', year: 2016, authors, ids: { doi: '10.5555/tiling.1' } });
    const keys = citationKeys([journal, conference]);
    expect(keys.get('c')).toBe('halvorsen2016adaptive-a');
    expect(keys.get('j')).toBe('halvorsen2016adaptive-b');
  });

  it('keeps keys unique past z', () => {
    const papers = Array.from({ length: 30 }, (_, index) => makePaper({ id: `p${index}`, title: 'Same title', year: 2020, authors: ['A Author'] }));
    const keys = citationKeys(papers);
    expect(new Set(keys.values()).size).toBe(30);
    expect(keys.get('p0')).toBe('author2020same-a');
    expect(keys.get('p25')).toBe('author2020same-z');
    expect(keys.get('p26')).toBe('author2020same-aa');
    expect(keys.get('p29')).toBe('author2020same-ad');
  });

  it('keeps suffixes apart from base keys', () => {
    const first = makePaper({ id: 'a', title: 'Model', year: 2020, authors: ['A Author'] });
    const second = makePaper({ id: 'b', title: 'Model checking', year: 2020, authors: ['A Author'] });
    const other = makePaper({ id: 'c', title: 'Modela', year: 2020, authors: ['A Author'] });
    const keys = citationKeys([first, second, other]);
    expect(new Set(keys.values()).size).toBe(3);
    expect(keys.get('c')).toBe('author2020modela');
  });
});

describe('citationKeys round trip', () => {
  const scholarRows = [
    makePaper({ id: 'gs-row-7', title: 'Adaptive tiling for panoramic video', year: 2016, authors: ['Jan van den Berg', 'PD Warriss'], venue: 'Meat Science 49 (2), 137-144' }),
    makePaper({ id: 'gs-row-8', title: 'Adaptive tiling: Ørsted’s “naïve” $O(n)$ model & 5% more', year: 2016, authors: ['Jan van den Berg'], venue: 'Proceedings of Things, 11-20' }),
    makePaper({ id: 'gs-row-9', title: 'Adaptive GPU tiling', year: 2016, authors: ['Jan van den Berg'], ids: { doi: '10.5555/tiling.9' } }),
    makePaper({ id: 'gs-row-1', title: 'Pork quality', year: 1998, authors: ['PD Warriss', 'SN Brown'], venue: 'Meat Science' }),
    makePaper({ id: 'gs-row-2', title: 'Field notes on harbour seals', authors: ['R Nyberg'] }),
  ];

  it.each(['bibtex', 'biblatex', 'csl'] as const)('keeps keys through %s', (format) => {
    const exported = citationKeys(scholarRows);
    const result = parseImportFile(exportPapers(scholarRows, format).text);
    if (!result.ok) throw new Error(result.error);
    const imported = result.entries.map((entry) => entry.paper);
    const reimported = citationKeys(imported);

    expect(imported.map((paper) => paper.id)).not.toEqual(scholarRows.map((paper) => paper.id));
    expect(imported.map((paper) => reimported.get(paper.id))).toEqual(scholarRows.map((paper) => exported.get(paper.id)));
    expect(scholarRows.map((paper) => exported.get(paper.id))).toEqual([
      'vandenberg2016adaptive-b',
      'vandenberg2016adaptive-c',
      'vandenberg2016adaptive-a',
      'warriss1998pork',
      'nybergfield',
    ]);
  });
});

describe('asciiFold', () => {
  it.each([
    ['Kovač', 'kovac'],
    ['Ørsted', 'orsted'],
    ['Łukasz', 'lukasz'],
    ['Straße', 'strasse'],
    ['de Vries', 'devries'],
    ['王', ''],
  ])('%s', (input, expected) => {
    expect(asciiFold(input)).toBe(expected);
  });
});
