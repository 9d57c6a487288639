import { describe, expect, it } from 'vitest';
import type { PageRecord } from '../../../lib/model';
import { generic } from '../../../lib/sites/generic';
import { landingUrl } from '../../../lib/export/fields';
import { loadFixture, parseHtml } from '../../helpers/pages';

function papersOf(doc: Document, url = 'https://example.org/publications/'): { papers: PageRecord[]; profileName: string | null } {
  const page = generic.detect(doc, new URL(url));
  if (!page) throw new Error('no publication list detected');
  const { profile, rows } = generic.parse(doc, page);
  return { papers: rows.flatMap((row) => (row.paper ? [row.paper] : [])), profileName: profile?.name ?? null };
}

describe('generic record fields', () => {
  it('reads a Hugo-style entry', async () => {
    const { papers, profileName } = papersOf(await loadFixture('generic', 'positive', 'hugo-style.html'));
    const [first] = papers;
    expect(profileName).toBe('Nora Okafor');
    expect(first?.title).toBe('Sparse Retrieval for Long Documents');
    expect(first?.authors.map((author) => author.name)).toEqual(['Nora Okafor', 'Lee Park', 'Ivan Petrov']);
    expect(first?.year).toBe(2024);
    expect(first?.venue).toBe('Transactions of the Association for Computational Linguistics');
    expect(first?.ids).toEqual({ arxiv: '2401.01234', doi: '10.1162/tacl_a_00123' });
  });

  it('reads code links from code hosts', async () => {
    const { papers } = papersOf(await loadFixture('generic', 'positive', 'hugo-style.html'));
    expect(papers.map((paper) => paper.codeLinks.map((link) => link.url))).toEqual([
      ['https://github.com/nokafor/sparse-retrieval'],
      ['https://huggingface.co/nokafor/tok-lr'],
      ['https://gitlab.com/nokafor/disagree'],
    ]);
    expect(papers[0]?.codeLinks[0]).toMatchObject({ source: 'page-link', site: 'generic' });
    expect(papers[0]?.links.some((link) => link.url.includes('github.com'))).toBe(false);
  });

  it('reads plain paragraphs', async () => {
    const { papers } = papersOf(await loadFixture('generic', 'positive', 'plain-paragraphs.html'));
    expect(papers.map((paper) => paper.year)).toEqual([2022, 2022, 2020, 2020]);
    expect(papers[0]?.title).toBe('Robust state estimation for power grids under cyber attacks');
    expect(papers[0]?.ids.doi).toBe('10.1109/tsg.2021.3131234');
    expect(papers[2]?.links).toContainEqual({ kind: 'pdf', url: 'https://example.org/pdf/vogel2020.pdf' });
  });

  it('reads data-doi and a single author', async () => {
    const { papers } = papersOf(await loadFixture('generic', 'positive', 'table-list.html'));
    expect(papers[0]?.ids.doi).toBe('10.1103/physreve.107.044401');
    expect(papers[2]?.authors).toEqual([{ name: 'Ana Ferreira' }]);
    expect(papers[2]?.ids.arxiv).toBe('1901.01234');
    expect(papers[1]?.venue).toBe('Soft Matter 17, 3301');
  });

  it('prefers an embedded BibTeX record', () => {
    const entry = (n: number) =>
      `<li><div class="title">Visible title ${n} of the paper</div><div class="author"><em>Yue Wu</em>, Bo Chen</div>` +
      `<div class="periodical"><em>In ICLR</em>, 2024</div><div class="bibtex hidden"><pre>@inproceedings{k${n}, title = {Recorded Title ${n}}, ` +
      `author = {Wu, Yue and Chen, Bo and Li, Yuanzhi}, booktitle = {ICLR}, year = {2024}, doi = {10.1000/X${n}}}</pre></div></li>`;
    const doc = parseHtml(`<ol class="bibliography">${entry(1)}${entry(2)}${entry(3)}</ol>`);
    const { papers } = papersOf(doc);
    expect(papers[0]?.title).toBe('Recorded Title 1');
    expect(papers[0]?.authors.map((author) => author.name)).toEqual(['Yue Wu', 'Bo Chen', 'Yuanzhi Li']);
    expect(papers[0]?.venue).toBe('ICLR');
    expect(papers[0]?.ids.doi).toBe('10.1000/x1');
  });

  it('reads names hidden in a more-authors toggle', () => {
    const toggle = `<span class="more-authors" onclick="var t = element.text() == '2 more authors' ? 'Cy Dow, Di Eng' : '2 more authors';">2 more authors</span>`;
    const entry = (n: number) =>
      `<li><div class="title">Paper ${n} about toggles</div><div class="author"><em>Ann Lee</em>, Bo Chen, and ${toggle}</div><div class="periodical"><em>NeurIPS</em>, 202${n}</div></li>`;
    const { papers } = papersOf(parseHtml(`<ol>${entry(3)}${entry(2)}${entry(1)}</ol>`));
    expect(papers[0]?.authors.map((author) => author.name)).toEqual(['Ann Lee', 'Bo Chen', 'Cy Dow', 'Di Eng']);
  });

  it('renders only http links', () => {
    const entry = (n: number) =>
      `<li><b>Jane Doe</b>, Bo Chen. Paper ${n} on safe links. <i>Nature</i>, 202${n}. <a href="javascript:alert(1)">x</a> <a href="#abs${n}">abs</a></li>`;
    const { papers } = papersOf(parseHtml(`<ul>${entry(3)}${entry(2)}${entry(1)}</ul>`));
    expect(papers).toHaveLength(3);
    expect(papers.flatMap((paper) => paper.links)).toEqual([]);
  });

  it('reads DOIs in publisher links', () => {
    const links = [
      'https://www.pnas.org/doi/10.1073/pnas.1816018116',
      'https://www.nature.com/articles/s41467-021-22518-0',
      'https://elifesciences.org/articles/18647',
      'https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0142949',
      'https://www.biorxiv.org/content/10.1101/2023.10.16.562172v2.abstract',
      'https://link.springer.com/chapter/10.1007/978-0-387-76497-9_5',
      'https://www.sciencedirect.com/science/article/pii/S1369527417301108',
    ];
    const entry = (href: string, n: number) =>
      `<li><b>Jane Doe</b>, Bo Chen. Paper ${n} on bacterial growth. <i>Journal</i>, 201${n}. <a href="${href}">link</a></li>`;
    const { papers } = papersOf(parseHtml(`<ul>${links.map(entry).join('')}</ul>`));
    expect(papers.map((paper) => paper.ids.doi ?? null)).toEqual([
      '10.1073/pnas.1816018116',
      '10.1038/s41467-021-22518-0',
      '10.7554/elife.18647',
      '10.1371/journal.pone.0142949',
      '10.1101/2023.10.16.562172',
      '10.1007/978-0-387-76497-9_5',
      null,
    ]);
    expect(papers.map((paper) => paper.links[0]?.kind)).toEqual(Array(links.length).fill('publisher'));
  });

  it('reads ids printed as text', () => {
    const texts = ['https://doi.org/10.1038/s41586-021-03819-2', 'doi:10.1093/NAR/GKAB1038.', 'DOI: 10.1126/science.abj8754', 'arXiv preprint arXiv:2107.03374v2'];
    const entry = (text: string, n: number) => `<li><b>Jane Doe</b>, Bo Chen. Paper ${n} on protein folding. <i>Journal</i>, 201${n}. ${text}</li>`;
    const { papers } = papersOf(parseHtml(`<ul>${texts.map(entry).join('')}</ul>`));
    expect(papers.map((paper) => paper.ids)).toEqual([
      { doi: '10.1038/s41586-021-03819-2' },
      { doi: '10.1093/nar/gkab1038' },
      { doi: '10.1126/science.abj8754' },
      { arxiv: '2107.03374' },
    ]);
    expect(papers[0]?.links).toEqual([{ kind: 'doi', url: 'https://doi.org/10.1038/s41586-021-03819-2' }]);
  });

  it('reads a name-like emphasised venue', () => {
    const entry = (n: number) =>
      `<li>García Márquez, G., Doe, J., &amp; López Obrador, A. M. (201${n}). Double surnames number ${n} in lists. <i>Revista de Prueba</i>, 4, 1-9.</li>`;
    const { papers } = papersOf(parseHtml(`<ul>${entry(3)}${entry(2)}${entry(1)}</ul>`));
    expect(papers[0]?.authors.map((author) => author.name)).toEqual(['García Márquez, G.', 'Doe, J.', 'López Obrador, A. M.']);
    expect(papers[0]?.venue).toBe('Revista de Prueba 4, 1-9');
  });

  it('keeps volume, issue and pages', () => {
    const tails = ['<i>Journal of Ecology</i>, <i>110</i>(3), 700–712.', '<i>Oecologia</i>, 19, pp. 1-12.', '<i>Nature Methods</i>, 2011.'];
    const entry = (tail: string, n: number) => `<li>Lee, D., &amp; Smith, J. (201${n}). Field study number ${n} of seed banks. ${tail}</li>`;
    const { papers } = papersOf(parseHtml(`<ul>${tails.map(entry).join('')}</ul>`));
    expect(papers.map((paper) => paper.venue)).toEqual(['Journal of Ecology 110 (3), 700–712', 'Oecologia 19, 1-12', 'Nature Methods']);
  });

  it('reads APA dates and sole authors', () => {
    const entries = [
      'Lee, D., &amp; Smith, J. (2020, March). Canopy light regimes in forests. <i>Nature</i>, 101, 1-10.',
      'Lee, D., &amp; Smith, J. (n.d.). Seed dispersal by bats in dry forests. <i>Oecologia</i>, 19, 1-12.',
      'Lee, D., &amp; Smith, J. (in press). Thermal tolerance of reef fish. <i>Journal of Fish Biology</i>.',
      'Smith, J. (2019). Coral reef ecology in a warming ocean. <i>Marine Biology</i>, 38, 1-10.',
      'Smith, J., &amp; Hoff, J. (2018). Epiphyte traits along elevation gradients. <i>Journal of Ecology</i>, 106, 70-82.',
      'Ortiz, M., &amp; Smith, J. (2017). Leaf litter decomposition under drought. <i>Oecologia</i>, 185, 1-12.',
    ];
    const { papers } = papersOf(parseHtml(`<ul>${entries.map((entry) => `<li>${entry}</li>`).join('')}</ul>`));
    expect(papers.map((paper) => paper.title)).toEqual([
      'Canopy light regimes in forests',
      'Seed dispersal by bats in dry forests',
      'Thermal tolerance of reef fish',
      'Coral reef ecology in a warming ocean',
      'Epiphyte traits along elevation gradients',
      'Leaf litter decomposition under drought',
    ]);
    expect(papers.map((paper) => paper.authors.length)).toEqual([2, 2, 2, 1, 2, 2]);
    expect(papers.map((paper) => paper.year)).toEqual([2020, null, null, 2019, 2018, 2017]);
  });

  it('keeps blog links out of citations', () => {
    const entry = (n: number) =>
      `<li><b>Jane Doe</b>, Bo Chen. Agents number ${n} that plan. <i>COLM</i>, 202${n}. ` +
      `<a href="https://arxiv.org/pdf/2404.1148${n}">PDF</a> <a href="https://medium.com/@doe/agents-${n}">Blog</a></li>`;
    const { papers } = papersOf(parseHtml(`<ul>${entry(3)}${entry(2)}${entry(1)}</ul>`));
    expect(papers[0]?.links).toEqual([
      { kind: 'pdf', url: 'https://arxiv.org/pdf/2404.11483' },
      { kind: 'other', url: 'https://medium.com/@doe/agents-3' },
      { kind: 'arxiv', url: 'https://arxiv.org/abs/2404.11483' },
    ]);
    expect(landingUrl(papers[0]!)).toBe('https://arxiv.org/abs/2404.11483');
  });
});
