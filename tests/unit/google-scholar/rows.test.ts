import { describe, expect, it } from 'vitest';
import { googleScholar } from '../../../lib/sites/google-scholar';
import { splitAuthors } from '../../../lib/sites/google-scholar/rows';
import { loadFixture, parseHtml } from '../../helpers/pages';

const URL_EN = 'https://scholar.google.com/citations?user=QQQQ&hl=en';

async function rowsOf(file: string, url: string) {
  const doc = await loadFixture('google-scholar', file);
  const page = googleScholar.detect(doc, new URL(url));
  if (!page) throw new Error(`${file} was not detected`);
  return googleScholar.parse(doc, page).rows;
}

function tableRow(cells: string): string {
  return `<table><tbody id="gsc_a_b"><tr class="gsc_a_tr">${cells}</tr></tbody></table>`;
}

describe('google scholar rows', () => {
  it('reads every row in page order', async () => {
    const rows = await rowsOf('profile-en.html', URL_EN);
    expect(rows.map((row) => row.paper?.ids.scholarArticle)).toEqual([
      'QQQQ:u7Xk2LmN9pQC',
      'QQQQ:BBBB',
      'QQQQ:CCCC',
      'QQQQ:FFFF',
    ]);
  });

  it('takes the detail link from data-href', async () => {
    const [first] = await rowsOf('profile-en.html', URL_EN);
    expect(first?.paper?.links[0]).toEqual({
      kind: 'detail',
      url: 'https://scholar.google.com/citations?view_op=view_citation&hl=en&user=QQQQ&citation_for_view=QQQQ:u7Xk2LmN9pQC',
    });
  });

  it('gives the same ids in both link layouts', () => {
    const title = 'Fjord circulation in winter';
    const target = '/citations?view_op=view_citation&amp;hl=en&amp;user=QQQQ&amp;citation_for_view=QQQQ:u7Xk2LmN9pQC';
    const layoutA = `<td class="gsc_a_t"><a href="javascript:void(0)" data-href="${target}" class="gsc_a_at">${title}</a></td>`;
    const layoutB = `<td class="gsc_a_t"><a href="${target}" class="gsc_a_at">${title}</a></td>`;
    const page = { site: 'google-scholar' as const, profileId: 'QQQQ', pageUrl: URL_EN };
    const [a] = googleScholar.rows(parseHtml(tableRow(layoutA)), page);
    const [b] = googleScholar.rows(parseHtml(tableRow(layoutB)), page);
    expect(a?.paper?.ids.scholarArticle).toBe('QQQQ:u7Xk2LmN9pQC');
    expect(b?.paper?.ids.scholarArticle).toBe('QQQQ:u7Xk2LmN9pQC');
    expect(a?.paper?.links).toEqual(b?.paper?.links);
    expect(a?.paper?.id).toBe(b?.paper?.id);
    expect(JSON.stringify(a?.paper)).not.toMatch(/void\(0\)|javascript:/);
  });

  it('keeps a row without article id and warns', async () => {
    const rows = await rowsOf('profile-ja-owner.html', 'https://scholar.google.co.jp/citations?user=KKKK&hl=ja');
    const second = rows[1];
    expect(second?.paper?.title).toBe('河川氷の観測記録');
    expect(second?.paper?.ids.scholarArticle).toBe('KKKK:SSSS');
    expect(second?.paper?.links).toEqual([]);
  });

  it('warns when no article id is found anywhere', () => {
    const html = tableRow('<td class="gsc_a_t"><a href="javascript:void(0)" class="gsc_a_at">Lost link</a></td>');
    const page = { site: 'google-scholar' as const, profileId: 'QQQQ', pageUrl: URL_EN };
    const [row] = googleScholar.rows(parseHtml(html), page);
    expect(row?.paper?.title).toBe('Lost link');
    expect(row?.warning).toContain('no article id');
  });

  it('reads merged and struck-through counts', async () => {
    const [merged, duplicate] = await rowsOf('profile-en.html', URL_EN);
    expect(merged?.paper?.citations).toBe(1031);
    expect(merged?.paper?.citationsMerged).toBe(true);
    expect(merged?.paper?.ids.scholarClusters).toEqual(['111', '222']);
    expect(duplicate?.paper?.citations).toBe(219);
    expect(duplicate?.paper?.citationsCountedUnder).toBe('QQQQ:u7Xk2LmN9pQC');
  });

  it('marks a truncated author list', async () => {
    const [, second] = await rowsOf('profile-en.html', URL_EN);
    expect(second?.paper?.authors.map((author) => author.name)).toEqual([
      'T Arvidsen',
      'M Solberg',
      'A Lindqvist',
      'B Okafor',
      'C Marchetti',
    ]);
    expect(second?.paper?.authorsTruncated).toBe(true);
  });

  it('turns an arXiv venue into an identifier', async () => {
    const [, second] = await rowsOf('profile-en.html', URL_EN);
    expect(second?.paper?.ids.arxiv).toBe('2405.13401');
    expect(second?.paper?.venue).toBe('arXiv preprint arXiv:2405.13401v2');
    expect(second?.paper?.arxivVersion).toBe(2);
  });

  it('strips the venue ellipsis and flags it', async () => {
    const [, , third] = await rowsOf('profile-en.html', URL_EN);
    expect(third?.paper?.venue).toBe('Proceedings of the International Symposium on Coastal Hydrodynamics and Sediment');
    expect(third?.paper?.venueTruncated).toBe(true);
    expect(third?.paper?.year).toBe(2019);
  });

  it('reads SVG formulas in titles by their label', async () => {
    const [, , third] = await rowsOf('profile-en.html', URL_EN);
    expect(third?.paper?.title).toBe('Seasonal stratification of CO2 in sill fjords');
  });

  it('stores a missing year and venue as null', async () => {
    const [, , , fourth] = await rowsOf('profile-en.html', URL_EN);
    expect(fourth?.paper?.year).toBeNull();
    expect(fourth?.paper?.venue).toBeNull();
    expect(fourth?.paper?.citations).toBe(0);
  });

  it('reads the owner view column by class', async () => {
    const rows = await rowsOf('profile-ja-owner.html', 'https://scholar.google.co.jp/citations?user=KKKK&hl=ja');
    const first = rows[0]?.paper;
    expect(first?.title).toBe('Sediment transport under river ice');
    expect(first?.citations).toBe(57);
    expect(first?.ids.scholarClusters).toEqual(['4455667788990011']);
    expect(first?.year).toBe(2019);
    expect(first?.venue).toBe('Cold Regions Research 8 (2), 1-19');
  });

  it('reads parts wrapped in other elements', () => {
    const link = '<a href="/citations?view_op=view_citation&amp;user=QQQQ&amp;citation_for_view=QQQQ:RRRR" class="gsc_a_at">Sea ice drift</a>';
    const lines = '<div class="gs_gray">A Lindqvist, B Okafor</div><div class="gs_gray">Polar Science 4<span class="gs_oph">, 2019</span></div>';
    const counts = '<a href="https://scholar.google.com/scholar?cites=11,,22" class="gsc_a_ac">12</a><span class="gsc_a_m"><a class="gsc_a_am">*</a></span>';
    const year = '<span class="gsc_a_h">2019</span>';
    const direct = tableRow(`<td class="gsc_a_t">${link}${lines}</td><td class="gsc_a_c">${counts}</td><td class="gsc_a_y">${year}</td>`);
    const wrapped = tableRow(`<td class="gsc_a_t"><div>${link}</div>${lines}</td><td class="gsc_a_c"><p>${counts}</p></td><td class="gsc_a_y"><b>${year}</b></td>`);
    const page = { site: 'google-scholar' as const, profileId: 'QQQQ', pageUrl: URL_EN };
    const [a] = googleScholar.rows(parseHtml(direct), page);
    const [b] = googleScholar.rows(parseHtml(wrapped), page);
    expect(a?.paper).toMatchObject({
      title: 'Sea ice drift',
      authors: [{ name: 'A Lindqvist' }, { name: 'B Okafor' }],
      venue: 'Polar Science 4',
      year: 2019,
      citations: 12,
      citationsMerged: true,
      ids: { scholarArticle: 'QQQQ:RRRR', scholarClusters: ['11', '22'] },
    });
    expect(b?.paper).toEqual(a?.paper);
  });

  it('finds a merged marker nested deeper', () => {
    const cells = `<td class="gsc_a_t"><a href="/citations?citation_for_view=QQQQ:RRRR" class="gsc_a_at">Sea ice drift</a></td>
      <td class="gsc_a_c"><a class="gsc_a_ac" href="">3</a><div><span class="gsc_a_m"><a class="gsc_a_am">*</a></span></div></td>`;
    const page = { site: 'google-scholar' as const, profileId: 'QQQQ', pageUrl: URL_EN };
    const [row] = googleScholar.rows(parseHtml(tableRow(cells)), page);
    expect(row?.paper?.citationsMerged).toBe(true);
    expect(row?.paper?.citations).toBe(3);
  });

  it('keeps ids stable across visits', async () => {
    const first = await rowsOf('profile-en.html', URL_EN);
    const second = await rowsOf('profile-en.html', 'https://scholar.google.com/citations?user=QQQQ&hl=fr&sortby=pubdate');
    expect(first.map((row) => row.paper?.id)).toEqual(second.map((row) => row.paper?.id));
  });
});

describe('splitAuthors', () => {
  it.each([
    ['A Lindqvist, B Okafor, ...', ['A Lindqvist', 'B Okafor'], true],
    ['A Lindqvist, B Okafor, …', ['A Lindqvist', 'B Okafor'], true],
    ['R Nyberg', ['R Nyberg'], false],
    ['', [], false],
    ['林小明， 陈大文， 王芳', ['林小明', '陈大文', '王芳'], false],
    ['山田太郎、佐藤花子、…', ['山田太郎', '佐藤花子'], true],
  ])('%s', (line, authors, truncated) => {
    expect(splitAuthors(line)).toEqual({ authors, truncated });
  });
});

describe('google scholar formula titles', () => {
  it('joins subscripts to their base', () => {
    const html = `<table><tbody><tr class="gsc_a_tr"><td class="gsc_a_t"><a class="gsc_a_at" href="/citations?view_op=view_citation&amp;user=QQQQ&amp;citation_for_view=QQQQ:RRRR">Lead-free halide perovskite Rb<svg class="gs_fsvg" aria-label="_2"><g></g></svg>TeBr<svg class="gs_fsvg" aria-label="_6"><g></g></svg> and (Sm<svg class="gs_fsvg" aria-label="_{1-x}"><g></g></svg>Bi<svg class="gs_fsvg" aria-label="_x"><g></g></svg>)</a></td></tr></tbody></table>`;
    const page = { site: 'google-scholar' as const, profileId: 'QQQQ', pageUrl: URL_EN };
    const [row] = googleScholar.rows(parseHtml(html), page);
    expect(row?.paper?.title).toBe('Lead-free halide perovskite Rb2TeBr6 and (Sm1-xBix)');
  });
});
