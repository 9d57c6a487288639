import { describe, expect, it } from 'vitest';
import { arxiv } from '../../../lib/sites/arxiv';
import { categoryTopics, parseSubjects } from '../../../lib/sites/arxiv/categories';
import { findCodeLinks } from '../../../lib/sites/arxiv/code-links';
import { listingKindOf, listingTerms } from '../../../lib/sites/arxiv/listing';
import { loadFixture, parseHtml } from '../../helpers/pages';

async function parseFixture(file: string, url: string) {
  const doc = await loadFixture('arxiv', file);
  const page = arxiv.detect(doc, new URL(url));
  if (!page) throw new Error(`${file} not detected`);
  return { doc, page, rows: arxiv.parse(doc, page).rows };
}

describe('arXiv subjects', () => {
  it('reads categories primary first', () => {
    const categories = parseSubjects('Subjects: Computation and Language (cs.CL); Machine Learning (cs.LG); High Energy Physics - Theory (hep-th)');
    expect(categories).toEqual([
      { id: 'cs.CL', name: 'Computation and Language' },
      { id: 'cs.LG', name: 'Machine Learning' },
      { id: 'hep-th', name: 'High Energy Physics - Theory' },
    ]);
  });

  it('maps categories to fields', () => {
    const topics = categoryTopics([
      { id: 'astro-ph.CO', name: 'Cosmology' },
      { id: 'stat.ML', name: 'Machine Learning' },
      { id: 'zz.XX', name: 'Unknown' },
    ]);
    expect(topics.map((topic) => [topic.field, topic.class, topic.score, topic.tier])).toEqual([
      ['Physics and Astronomy', 'astro-ph.CO', 1, 'arxiv-category'],
      ['Mathematics', 'stat.ML', 0.8, 'arxiv-category'],
    ]);
  });
});

describe('arXiv code links', () => {
  it('finds URLs and bare code hosts', () => {
    const links = findCodeLinks('Code: github.com/a/b. Demo at https://a.example.org/demo/, paper https://arxiv.org/abs/2101.00001.', 'comments');
    expect(links.map((link) => link.url)).toEqual(['https://a.example.org/demo/', 'https://github.com/a/b']);
    expect(links.every((link) => link.source === 'comments' && link.site === 'arxiv')).toBe(true);
  });

  it('ignores DOI and non-http links', () => {
    expect(findCodeLinks('see https://doi.org/10.1/x and ftp://x.org/y and javascript:alert(1)', 'abstract')).toEqual([]);
  });
});

describe('arXiv listings', () => {
  it('tells new, cross-list and replaced entries apart', async () => {
    const { doc } = await parseFixture('list-new-sections.html', 'https://arxiv.org/list/astro-ph.CO/new');
    expect(listingTerms(doc).map(listingKindOf)).toEqual(['new', 'cross-list', 'replacement']);
  });

  it('records each listing kind', async () => {
    const { rows } = await parseFixture('list-new-sections.html', 'https://arxiv.org/list/astro-ph.CO/new');
    expect(rows.map((row) => row.paper?.listingKind)).toEqual(['new', 'cross-list', 'replacement']);
  });

  it('puts the cross-list home first', () => {
    const doc = parseHtml(`<dl id='articles'>
      <dt><a name='item2'>[2]</a> <a href="/abs/2409.00777" title="Abstract" id="2409.00777">arXiv:2409.00777</a> (cross-list from cs.LG) [<a href="/pdf/2409.00777">pdf</a>]</dt>
      <dd><div class='meta'><div class='list-title mathjax'><span class='descriptor'>Title:</span> Graph priors for mass maps</div>
      <div class='list-authors'><a href="/a/okafor_b_1">Bola Okafor</a></div></div></dd></dl>`);
    const page = arxiv.detect(doc, new URL('https://arxiv.org/list/astro-ph.CO/new'))!;
    const [row] = arxiv.parse(doc, page).rows;
    expect(row?.paper?.topics[0]).toMatchObject({ class: 'cs.LG', label: 'Machine Learning', tier: 'arxiv-category' });
    expect(row?.paper?.listingKind).toBe('cross-list');
  });

  it('reads every section of a list page', async () => {
    const { page, rows } = await parseFixture('list-new-sections.html', 'https://arxiv.org/list/astro-ph.CO/new');
    expect(page.kind).toBe('results');
    expect(rows.map((row) => row.paper?.ids.arxiv)).toEqual(['2409.01001', '2409.00777', '2301.04321']);
    const [first, cross] = rows.map((row) => row.paper);
    expect(first?.title).toBe('Weak lensing with $k$-nearest neighbours');
    expect(first?.topics.map((topic) => topic.class)).toEqual(['astro-ph.CO', 'cs.LG']);
    expect(cross?.topics[0]?.class).toBe('cs.LG');
    expect(first?.abstract).toMatch(/^We measure weak lensing/);
    expect(first?.codeLinks).toEqual([
      { url: 'https://zenodo.org/records/123456', source: 'abstract', site: 'arxiv' },
      { url: 'https://github.com/rquist/knn-lensing', source: 'comments', site: 'arxiv' },
    ]);
  });

  it('reads an author listing', async () => {
    const { page, rows } = await parseFixture('author-listing.html', 'https://arxiv.org/a/quist_r_1.html');
    expect(page.profileId).toBe('quist_r_1');
    expect(page.kind).toBeUndefined();
    const [recent, old] = rows.map((row) => row.paper);
    expect(recent?.authors).toEqual([
      { name: 'Rhea Quist', url: 'https://arxiv.org/a/quist_r_1.html', siteId: 'quist_r_1' },
      { name: 'Luc Baptiste', url: 'https://arxiv.org/a/baptiste_l_1.html', siteId: 'baptiste_l_1' },
    ]);
    expect(recent?.codeLinks.map((link) => link.url)).toEqual(['https://rquist.example.org/knn/', 'https://github.com/rquist/knn-lensing']);
    expect(old?.ids.arxiv).toBe('astro-ph/0601001');
    expect(old?.arxivVersion).toBe(2);
    expect(recent?.arxivVersion).toBeUndefined();
    expect(old?.year).toBe(2006);
    expect(old?.venue).toBe('Astrophys. J. 650 (2006) 1');
    expect(old?.topics[0]).toMatchObject({ class: 'astro-ph', field: 'Physics and Astronomy' });
  });
});

describe('arXiv search results', () => {
  it('reads results', async () => {
    const { page, rows } = await parseFixture('search-author.html', 'https://arxiv.org/search/?searchtype=author&query=Quist%2C+R');
    expect(page.kind).toBe('results');
    expect(rows).toHaveLength(2);
    const [sparse, strings] = rows.map((row) => row.paper);
    expect(sparse?.ids).toEqual({ arxiv: '2207.01234', doi: '10.1093/mnras/stac1234' });
    expect(sparse?.title).toBe('Sparse Probes of Lensing Maps');
    expect(sparse?.abstract).toBe('We probe lensing maps sparsely. Our code is at https://gitlab.com/quist/sparse-probes.');
    expect(sparse?.topics.map((topic) => topic.class)).toEqual(['astro-ph.CO', 'cs.LG']);
    expect(sparse?.codeLinks).toEqual([{ url: 'https://gitlab.com/quist/sparse-probes', source: 'abstract', site: 'arxiv' }]);
    expect(sparse?.year).toBe(2022);
    expect(strings?.ids.arxiv).toBe('hep-th/9901001');
  });

  it('claims no list on an empty search', () => {
    const url = new URL('https://arxiv.org/search/?searchtype=author&query=Nobody');
    expect(arxiv.detect(parseHtml('<main><p>Sorry, your query returned no results</p></main>'), url)).toBeNull();
    expect(arxiv.listExpected?.(url)).toBe(false);
    expect(arxiv.listExpected?.(new URL('https://arxiv.org/abs/2101.00001'))).toBe(true);
  });

  it('ignores other arXiv pages', () => {
    expect(arxiv.matches(new URL('https://arxiv.org/help/arxiv_identifier'))).toBe(false);
    expect(arxiv.matches(new URL('https://example.org/abs/2101.00001'))).toBe(false);
  });
});
