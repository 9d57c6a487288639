import { describe, expect, it } from 'vitest';
import { exportPapers, type ExportFormat } from '../../../lib/export';
import { toBibtex } from '../../../lib/export/bibtex';
import { toCslJson } from '../../../lib/export/csl';
import { toCsv } from '../../../lib/export/csv';
import { toRis } from '../../../lib/export/ris';
import { makePaper, readBibEntries } from './helpers';

const FORMATS: ExportFormat[] = ['json', 'bibtex', 'biblatex', 'ris', 'csl', 'csv'];

describe('undated paper', () => {
  const title = 'Field notes on harbour seals (unpublished report)';
  const undated = makePaper({ id: 'gs-ffff', title, authors: ['R Nyberg'], citations: 0 });
  const dated = makePaper({
    id: 'gs-gggg',
    title: 'Seal haul-out counts',
    authors: ['R Nyberg', 'S Lund'],
    venue: 'Nordic Zoology 3, 10-12',
    year: 2018,
    citations: 4,
  });

  it.each(FORMATS)('has no made-up year in %s', (format) => {
    const text = exportPapers([undated], format).text;
    expect(text).not.toContain('1970');
    expect(text).not.toMatch(/year = \{|date = \{|PY {2}-|issued/);
  });

  it('keeps both rows in every format', () => {
    expect(readBibEntries(toBibtex([undated, dated])).size).toBe(2);
    expect(toCslJson([undated, dated])).toHaveLength(2);
    expect(toRis([undated, dated]).match(/^ER {2}- $/gm)).toHaveLength(2);
    expect(toCsv([undated, dated]).split('\r\n').filter(Boolean)).toHaveLength(3);
  });

  it('writes dated row fully', () => {
    const [item] = toCslJson([dated]);
    expect(item?.issued).toEqual({ 'date-parts': [[2018]] });
    expect(toRis([dated])).toContain('PY  - 2018\r\n');
    expect(toCsv([dated])).toContain(',2018,4,');
  });
});

describe('dblp homonym numbers', () => {
  const paper = makePaper({
    id: 'dblp-1',
    title: 'Graph Sketches for Streaming Joins',
    authors: [
      { name: 'Lina Sorensen 0002', siteId: '123/4567-2' },
      { name: 'Piet Vermaas', siteId: '88/1010' },
      { name: 'Wei Zhang 0001', siteId: '77/2020-1' },
    ],
    venue: 'ICXX',
    year: 2023,
    ids: { dblpKey: 'conf/icxx/SorensenVZ23', doi: '10.5555/icxx.2023.0042' },
  });

  it.each(['bibtex', 'biblatex', 'ris', 'csl'] as const)('are dropped in %s', (format) => {
    const text = exportPapers([paper], format).text;
    expect(text).not.toMatch(/000[12]/);
    expect(text).toContain('Sorensen');
    expect(text).toContain('Zhang');
  });

  it('do not reach the key', () => {
    const [key] = readBibEntries(toBibtex([paper])).keys();
    expect(key).toBe('sorensen2023graph');
  });
});

describe('same author and year', () => {
  const authors = ['Mira Halvorsen', 'Otto Brandt'];
  const p7 = makePaper({ id: 'p7', title: 'Adaptive tiling for panoramic video', year: 2016, authors });
  const p8 = makePaper({ id: 'p8', title: 'Adaptive tiling from saliency maps', year: 2016, authors });
  const p9 = makePaper({ id: 'p9', title: 'Low-latency tile prefetching', year: 2016, authors: ['Kai Halvorsen'] });

  it('get distinct BibTeX keys', () => {
    expect(readBibEntries(toBibtex([p7, p8, p9])).size).toBe(3);
  });

  it('get suffixes only when colliding', () => {
    expect([...readBibEntries(toBibtex([p7, p8, p9])).keys()]).toEqual([
      'halvorsen2016adaptive-a',
      'halvorsen2016adaptive-b',
      'halvorsen2016low',
    ]);
    expect([...readBibEntries(toBibtex([p8])).keys()]).toEqual(['halvorsen2016adaptive']);
    expect(toCslJson([p8, p7]).map((item) => item.id)).toEqual(['halvorsen2016adaptive-b', 'halvorsen2016adaptive-a']);
  });
});

describe('formula-like text', () => {
  const c1 = makePaper({
    id: 'c1',
    title: '-Omics integration for crop yield',
    venue: '@Scale Systems Workshop',
    year: 2020,
    citations: 15,
  });
  const c2 = makePaper({ id: 'c2', title: '=SUM(A1:A3) is not a title', venue: 'Proc. +Plus', year: 2019, citations: 0 });

  it.each(['json', 'bibtex', 'biblatex', 'ris', 'csl'] as const)('gets no quote prefix in %s', (format) => {
    const text = exportPapers([c1, c2], format).text;
    expect(text).not.toContain("'-Omics");
    expect(text).not.toContain("'=SUM");
    expect(text).not.toContain("'@Scale");
    expect(text).toContain('-Omics integration for crop yield');
  });
});
