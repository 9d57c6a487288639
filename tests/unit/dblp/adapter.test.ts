import { describe, expect, it } from 'vitest';
import { toBibtex } from '../../../lib/export/bibtex';
import { withSighting } from '../../../lib/model';
import { dblp } from '../../../lib/sites/dblp';
import { dblpPageKind, personIdOf } from '../../../lib/sites/dblp/hosts';
import { arxivFromCorrKey } from '../../../lib/sites/dblp/identifiers';
import { stripHomonymNumber, stripTitlePeriod } from '../../../lib/sites/dblp/names';
import { sightingOf } from '../../../lib/sites/record';
import { loadFixture, parseHtml } from '../../helpers/pages';

const NOW = '2026-01-01T00:00:00.000Z';

async function parseHomonyms() {
  const doc = await loadFixture('dblp', 'homonyms-current.html');
  const page = dblp.detect(doc, new URL('file:///saved.html'));
  if (!page) throw new Error('fixture not detected');
  return { page, ...dblp.parse(doc, page) };
}

describe('dblp URLs', () => {
  it.each([
    ['https://dblp.org/pid/46/5782.html', 'person'],
    ['https://dblp.uni-trier.de/pid/95/7448-1.html', 'person'],
    ['https://dblp.dagstuhl.de/pid/k/DonaldEKnuth.html', 'person'],
    ['https://dblp.uni-trier.de/pers/hd/c/Clauset:Aaron', 'person'],
    ['https://dblp.org/search?q=calefato', 'search'],
    ['https://dblp.org/pid/46/5782.xml', null],
    ['https://dblp.org/pid/46/5782.html?view=bibtex', null],
    ['https://dblp.org/db/conf/aaai/aaai2015.html', null],
    ['https://example.org/pid/46/5782.html', null],
  ])('%s is %s', (href, kind) => {
    expect(dblpPageKind(new URL(href))).toBe(kind);
  });

  it.each([
    ['https://dblp.org/pid/77/2020-1.html', '77/2020-1'],
    ['https://dblp.org/pid/k/DonaldEKnuth.html', 'k/DonaldEKnuth'],
    ['http://dblp.uni-trier.de/pers/hd/p/Peel:Leto', 'p/Peel:Leto'],
    ['https://dblp.org/db/conf/aaai/aaai2015.html', null],
  ])('person id of %s', (href, id) => {
    expect(personIdOf(href)).toBe(id);
  });
});

describe('dblp text rules', () => {
  it('strips homonym numbers', () => {
    expect(stripHomonymNumber('Wei Wang 0001')).toBe('Wei Wang');
    expect(stripHomonymNumber('Lina Sorensen 0002')).toBe('Lina Sorensen');
    expect(stripHomonymNumber('Route 66')).toBe('Route 66');
  });

  it('strips the title period only', () => {
    expect(stripTitlePeriod('Graph Sketches.')).toBe('Graph Sketches');
    expect(stripTitlePeriod('Why Joins?')).toBe('Why Joins?');
    expect(stripTitlePeriod('Joins...')).toBe('Joins...');
  });

  it.each([
    ['journals/corr/abs-2303-14702', '2303.14702'],
    ['journals/corr/abs-1402-1234', '1402.1234'],
    ['journals/corr/abs-cs-0601001', 'cs/0601001'],
    ['journals/corr/abs-cond-mat-0503087', 'cond-mat/0503087'],
    ['journals/corr/JacobsWUC15', null],
    ['conf/esem/CalefatoQLK23', null],
  ])('arXiv id of CoRR key %s', (key, id) => {
    expect(arxivFromCorrKey(key)).toBe(id);
  });
});

describe('dblp adapter', () => {
  it('reads the person from the canonical link', async () => {
    const { page, profile } = await parseHomonyms();
    expect(page.profileId).toBe('123/4567-2');
    expect(page.pageUrl).toBe('https://dblp.org/pid/123/4567-2.html');
    expect(profile?.name).toBe('Lina Sorensen');
  });

  it('removes homonym numbers and keeps pids', async () => {
    const { rows } = await parseHomonyms();
    const authors = rows[0]?.paper?.authors ?? [];
    expect(authors.map((author) => author.name)).toEqual(['Lina Sorensen', 'Piet Vermaas', 'Wei Zhang']);
    expect(authors.map((author) => author.siteId)).toEqual(['123/4567-2', '88/1010', '77/2020-1']);
    expect(JSON.stringify(rows.map((row) => row.paper))).not.toMatch(/000[12]"/);
  });

  it('exports without homonym numbers', async () => {
    const { page, rows } = await parseHomonyms();
    const bibtex = toBibtex([withSighting(rows[0]!.paper!, sightingOf(page, NOW))]);
    expect(bibtex).toContain('Graph Sketches for Streaming Joins');
    expect(bibtex).not.toContain('Graph Sketches for Streaming Joins.');
    expect(bibtex).toContain('Sorensen');
    expect(bibtex).not.toMatch(/000[12]/);
  });

  it('keeps every entry type', async () => {
    const { rows } = await parseHomonyms();
    expect(rows.map((row) => row.paper?.type)).toEqual(['conference', 'informal', 'book', 'editorship', 'journal']);
  });

  it('takes years from the separators', async () => {
    const { rows } = await parseHomonyms();
    expect(rows.map((row) => row.paper?.year)).toEqual([2023, 2023, 2021, 2021, 2021]);
  });

  it('reads editors of an editorship', async () => {
    const { rows } = await parseHomonyms();
    expect(rows[3]?.paper?.authors.map((author) => author.name)).toEqual(['Piet Vermaas', 'Lina Sorensen']);
  });

  it('reads titles, venues and identifiers', async () => {
    const { rows } = await parseHomonyms();
    const [conference, preprint, , , article] = rows.map((row) => row.paper);
    expect(conference?.title).toBe('Graph Sketches for Streaming Joins');
    expect(conference?.venue).toBe('ICXX: 101-112');
    expect(conference?.ids).toEqual({ doi: '10.5555/icxx.2023.0042', dblpKey: 'conf/icxx/SorensenVZ23' });
    expect(preprint?.title).toBe('Graph Sketches for Streaming Joins?');
    expect(preprint?.venue).toBe('CoRR abs/2301.04321');
    expect(preprint?.ids).toEqual({ arxiv: '2301.04321', dblpKey: 'journals/corr/abs-2301-04321' });
    expect(article?.ids.arxiv).toBe('hep-th/9901001');
    expect(article?.arxivVersion).toBe(2);
    expect(conference?.arxivVersion).toBeUndefined();
    expect(article?.venue).toBe('J. Xx 12(3)');
    expect(article?.title).toBe('Joins...');
  });

  it('renders only http links', async () => {
    const { rows } = await parseHomonyms();
    const urls = rows.flatMap((row) => row.paper?.links.map((link) => link.url) ?? []);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.every((url) => /^https?:\/\//.test(url))).toBe(true);
    expect(rows[0]?.paper?.links[0]).toEqual({ kind: 'detail', url: 'https://dblp.org/rec/conf/icxx/SorensenVZ23' });
  });

  it('skips an entry without a title', () => {
    const doc = parseHtml('<div id="publ-section"><ul class="publ-list"><li class="entry article" id="x/y"><cite class="data"></cite></li></ul></div>');
    const page = dblp.detect(doc, new URL('https://dblp.org/pid/1/2.html'))!;
    const [row] = dblp.parse(doc, page).rows;
    expect(row?.paper).toBeNull();
    expect(row?.warning).toContain('no title');
  });

  it('finds no list on other pages', () => {
    const url = new URL('https://dblp.org/pid/1/2.html');
    expect(dblp.detect(parseHtml('<main><p>Not found</p></main>'), url)).toBeNull();
    expect(dblp.listExpected?.(url)).toBe(true);
  });

  it('reads entries added later', async () => {
    const doc = await loadFixture('dblp', 'homonyms-current.html');
    const page = dblp.detect(doc, new URL('file:///saved.html'))!;
    const entry = doc.querySelector('li.entry')!;
    expect(dblp.rows(entry, page)).toHaveLength(1);
    expect(dblp.rowContainer(doc)?.id).toBe('publ-section');
  });
});
