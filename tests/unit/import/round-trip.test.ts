import { describe, expect, it } from 'vitest';
import { exportPapers } from '../../../lib/export';
import { parseImportFile, type ImportParseResult } from '../../../lib/import';
import type { Topic } from '../../../lib/model';
import { scholarPaper } from '../../helpers/papers';

const now = '2026-03-01T00:00:00.000Z';
const FORMATS = ['bibtex', 'biblatex', 'csl'] as const;

function entriesOf(result: ImportParseResult) {
  if (!result.ok) throw new Error(`expected a valid file, got: ${result.error}`);
  return result.entries;
}

describe('export and import round trip', () => {
  const venues = [
    'Meat Science 49 (2), 137-144',
    'Nature 521, 436',
    '2010 Brazilian symposium on software engineering, 11-20',
    'Proceedings of the IEEE 86 (11), 2278-2324',
    'Technical Report 12 (3), 1-20',
    'PhD thesis, University of Oslo',
  ];
  const papers = venues.map((venue, index) => scholarPaper({ title: `Paper ${index}`, venue, ids: { scholarArticle: `QQQQ:${index}` } }));

  for (const format of FORMATS) {
    it(`keeps ${format} venue lines`, () => {
      const entries = entriesOf(parseImportFile(exportPapers(papers, format).text, now));
      expect(entries.map((entry) => entry.paper.venue)).toEqual(venues);
      expect(entries.at(-1)?.paper.type).toBe('thesis');
    });
  }
});

describe('preprint round trip', () => {
  const preprint = scholarPaper({ title: 'Tidal notes', venue: 'arXiv', ids: { arxiv: '2301.01234' } });

  for (const format of FORMATS) {
    it(`keeps ${format} arXiv venue`, () => {
      const [entry] = entriesOf(parseImportFile(exportPapers([preprint], format).text, now));
      expect(entry?.paper.venue).toBe('arXiv');
      expect(entry?.paper.type).toBe('informal');
    });
  }
});

describe('topic keywords round trip', () => {
  const distributed: Topic = { field: 'Computer Science', class: 'cs.DC', label: 'Distributed, Parallel, and Cluster Computing', score: 0.7, tier: 'lexicon' };
  const category: Topic = { field: 'Computer Science', class: 'cs.DB', label: 'Databases', score: 1, tier: 'arxiv-category' };
  const paper = scholarPaper({ title: 'Sharded stores', ids: { scholarArticle: 'QQQQ:DB' }, topics: [distributed, category] });

  for (const format of FORMATS) {
    it(`reads ${format} keywords as topics`, () => {
      const [entry] = entriesOf(parseImportFile(exportPapers([paper], format).text, now));
      expect(entry?.keywords).toEqual([]);
      expect(entry?.paper.topics).toEqual([
        { field: 'Computer Science', class: 'cs.DC', label: 'Distributed, Parallel, and Cluster Computing', score: 1, tier: 'keyword' },
        { field: 'Computer Science', class: 'cs.DB', label: 'Databases', score: 1, tier: 'keyword' },
      ]);
    });
  }
});

describe('native script names', () => {
  const authors = ['Haoran (林浩然)', 'Haoran Lin (林浩然)', 'Minji Seo (서민지)', 'Zoë Ørsted'];
  const paper = scholarPaper({ title: 'Names in two scripts', authors: authors.map((name) => ({ name })), ids: { scholarArticle: 'QQQQ:NM' } });

  it('keeps csl native names', () => {
    const [entry] = entriesOf(parseImportFile(exportPapers([paper], 'csl').text, now));
    expect(entry?.paper.authors.map((author) => author.name)).toEqual(authors);
  });

  for (const format of FORMATS) {
    it(`keeps ${format} CJK name order`, () => {
      const names = ['王雨桐', '佐藤 花子', '欧阳娜娜', '林 花子', '김민준', 'H Lin'];
      const cjk = scholarPaper({ title: 'Names in CJK script', authors: names.map((name) => ({ name })), ids: { scholarArticle: 'QQQQ:CJ' } });
      const [entry] = entriesOf(parseImportFile(exportPapers([cjk], format).text, now));
      expect(entry?.paper.authors.map((author) => author.name).slice(0, 5)).toEqual(names.slice(0, 5));
    });
  }

  it('ignores misaligned native names', () => {
    const items = [{ id: 'a', title: 'T', author: [{ literal: 'Haoran' }, { given: 'Zoë', family: 'Ørsted' }], custom: { nativeNames: ['林浩然'] } }];
    const [entry] = entriesOf(parseImportFile(JSON.stringify(items), now));
    expect(entry?.paper.authors.map((author) => author.name)).toEqual(['Haoran', 'Zoë Ørsted']);
  });
});

describe('identifier round trip', () => {
  const anthology = scholarPaper({
    title: 'Data-to-text generation for rare events',
    ids: { aclAnthology: 'W18-6560' },
    links: [{ kind: 'detail', url: 'https://aclanthology.org/W18-6560/' }],
  });
  const longForm = scholarPaper({
    title: 'Long-form answers',
    ids: { aclAnthology: '2023.acl-long.1' },
    links: [{ kind: 'detail', url: 'https://aclanthology.org/2023.acl-long.1.pdf' }],
  });

  for (const format of FORMATS) {
    it(`keeps ${format} Anthology ids`, () => {
      const entries = entriesOf(parseImportFile(exportPapers([anthology, longForm], format).text, now));
      expect(entries.map((entry) => entry.paper.ids.aclAnthology)).toEqual(['W18-6560', '2023.acl-long.1']);
    });
  }
});

describe('identifiers without links', () => {
  const corr = scholarPaper({ title: 'Attention is all you need', venue: 'CoRR', type: 'journal', ids: { arxiv: '1706.03762' }, links: [] });
  const published = scholarPaper({ title: 'Tidal notes', venue: 'Ocean Letters 3, 1-2', ids: { doi: '10.5555/tide' }, links: [] });

  for (const format of FORMATS) {
    it(`keeps ${format} arXiv ids and DOIs`, () => {
      const entries = entriesOf(parseImportFile(exportPapers([corr, published], format).text, now));
      expect(entries.map((entry) => entry.paper.ids.arxiv ?? entry.paper.ids.doi)).toEqual(['1706.03762', '10.5555/tide']);
    });
  }

  for (const format of FORMATS) {
    it(`keeps ${format} dblp keys`, () => {
      const dblp = scholarPaper({ title: 'Deep residual learning for image recognition', venue: 'CVPR, 770-778', ids: { dblpKey: 'conf/cvpr/HeZRS16' } });
      const [entry] = entriesOf(parseImportFile(exportPapers([dblp], format).text, now));
      expect(entry?.paper.ids.dblpKey).toBe('conf/cvpr/HeZRS16');
    });
  }

  it('links to the DOI or arXiv page', () => {
    const text = exportPapers([corr, published], 'csl').text;
    expect(text).toContain('"URL": "https://arxiv.org/abs/1706.03762"');
    expect(text).toContain('"URL": "https://doi.org/10.5555/tide"');
  });
});

describe('title symbol round trip', () => {
  const titles = ['Workshop proceedings}', 'Relaxation in Ca1−xDyxBaFe4O7', 'Bounds for T ≤ 5 K, ∞ limits and A ⊆ B'];
  const papers = titles.map((title, index) => scholarPaper({ title, ids: { scholarArticle: `QQQQ:S${index}` } }));

  it('keeps bibtex symbols', () => {
    const entries = entriesOf(parseImportFile(exportPapers(papers, 'bibtex').text, now));
    expect(entries.map((entry) => entry.paper.title)).toEqual(titles);
  });
});

describe('theses', () => {
  const masters = scholarPaper({ title: 'Tidal notes', venue: "Master's thesis, University of Bergen", ids: { scholarArticle: 'QQQQ:MA' } });

  for (const format of FORMATS) {
    it(`keeps a ${format} master's thesis`, () => {
      const [entry] = entriesOf(parseImportFile(exportPapers([masters], format).text, now));
      expect(entry?.paper).toMatchObject({ type: 'thesis', venue: "Master's thesis, University of Bergen" });
    });
  }
});

describe('names ending in a generational word', () => {
  const paper = scholarPaper({
    title: 'Análise de dados',
    year: 2014,
    authors: [{ name: 'CDS Júnior' }, { name: 'JA Silva Filho' }],
    ids: { scholarArticle: 'QQQQ:JR' },
  });

  for (const format of FORMATS) {
    it(`keeps ${format} names and key over a second export`, () => {
      const first = exportPapers([paper], format).text;
      const [entry] = entriesOf(parseImportFile(first, now));
      expect(exportPapers([entry!.paper], format).text).toBe(first);
    });
  }
});
