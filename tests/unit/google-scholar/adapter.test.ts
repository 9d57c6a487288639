import { describe, expect, it } from 'vitest';
import { googleScholar } from '../../../lib/sites/google-scholar';
import { loadFixture, parseHtml } from '../../helpers/pages';

async function parseFixture(file: string, url: string) {
  const doc = await loadFixture('google-scholar', file);
  const page = googleScholar.detect(doc, new URL(url));
  if (!page) throw new Error(`${file} was not detected`);
  return { doc, page, ...googleScholar.parse(doc, page) };
}

describe('google scholar matches', () => {
  it.each([
    ['https://scholar.google.com/citations?user=QQQQ&hl=en', true],
    ['https://scholar.google.co.uk/citations?hl=en&user=QQQQ&view_op=list_works&sortby=pubdate', true],
    ['https://scholar.google.com.br/citations?user=QQQQ', true],
    ['https://scholar.google.de/scholar?q=fjord', true],
    ['https://scholar.google.de/scholar_alerts?view_op=list_alerts', false],
    ['https://scholar.google.evil.example/citations?user=QQQQ', false],
  ])('%s → %s', (url, expected) => {
    expect(googleScholar.matches(new URL(url))).toBe(expected);
  });

  it('match patterns cover country hosts', () => {
    expect(googleScholar.matchPatterns).toContain('*://scholar.google.co.jp/citations*');
    expect(googleScholar.matchPatterns).toContain('*://scholar.google.com/citations*');
  });
});

describe('google scholar detect', () => {
  it('accepts list_works and plain profile URLs', async () => {
    const doc = await loadFixture('google-scholar', 'profile-en.html');
    const page = googleScholar.detect(doc, new URL('https://scholar.google.com/citations?hl=en&user=QQQQ&view_op=list_works'));
    expect(page?.profileId).toBe('QQQQ');
  });

  it.each(['view_citation', 'list_colleagues', 'search_authors', 'view_org', 'list_mandates'])(
    'rejects view_op=%s',
    async (view) => {
      const doc = await loadFixture('google-scholar', 'profile-en.html');
      const url = new URL(`https://scholar.google.com/citations?view_op=${view}&user=QQQQ`);
      expect(googleScholar.detect(doc, url)).toBeNull();
    },
  );

  it('returns null on a page without rows', () => {
    const doc = parseHtml('<html><body><p>Nothing here</p></body></html>');
    expect(googleScholar.detect(doc, new URL('https://scholar.google.com/citations?user=QQQQ'))).toBeNull();
  });
});

describe('google scholar header', () => {
  it('reads name, affiliation, interests and metrics', async () => {
    const { profile } = await parseFixture('profile-en.html', 'https://scholar.google.com/citations?user=QQQQ&hl=en');
    expect(profile?.name).toBe('Maren Solberg');
    expect(profile?.affiliation).toBe('Institute of Coastal Research');
    expect(profile?.interests).toEqual(['Oceanography', 'Fjords']);
    expect(profile?.metrics.citations).toEqual({ all: 1250, recent: 300 });
    expect(profile?.metrics.hIndex).toEqual({ all: 9, recent: 4 });
    expect(profile?.metrics.i10Index).toEqual({ all: 3, recent: 1 });
    expect(profile?.metrics.recentSince).toBe(2021);
  });

  it('pairs histogram bars to years by z-index', async () => {
    const { profile } = await parseFixture('profile-en.html', 'https://scholar.google.com/citations?user=QQQQ&hl=en');
    expect(profile?.metrics.citationsByYear).toEqual([
      { year: 2022, count: 12 },
      { year: 2024, count: 40 },
    ]);
  });

  it('reads co-authors with their user ids', async () => {
    const { profile } = await parseFixture('profile-en.html', 'https://scholar.google.com/citations?user=QQQQ&hl=en');
    expect(profile?.coauthors).toEqual([
      {
        name: 'Tor Arvidsen',
        url: 'https://scholar.google.com/citations?user=TTTT&hl=en',
        siteId: 'TTTT',
        affiliation: 'University of the North',
      },
    ]);
  });

  it('reads metrics under Japanese labels', async () => {
    const { profile } = await parseFixture('profile-ja-owner.html', 'https://scholar.google.co.jp/citations?user=KKKK&hl=ja');
    expect(profile?.name).toBe('田辺 健');
    expect(profile?.metrics.citations).toEqual({ all: 57, recent: 40 });
    expect(profile?.metrics.recentSince).toBe(2021);
  });
});

describe('google scholar panel anchor', () => {
  it('goes before the Cited by section', () => {
    const doc = parseHtml('<div id="gsc_rsb_cit"></div><div id="gsc_rsb"></div>');
    expect(googleScholar.panelAnchor(doc)).toEqual({ element: doc.getElementById('gsc_rsb_cit'), where: 'before' });
  });

  it('falls back to the 2015 sidebar', () => {
    const doc = parseHtml('<div id="gsc_rsb"><div id="gsc_rsb_t"></div></div>');
    expect(googleScholar.panelAnchor(doc)).toEqual({ element: doc.getElementById('gsc_rsb'), where: 'prepend' });
  });

  it('is null without a sidebar', () => {
    expect(googleScholar.panelAnchor(parseHtml('<p></p>'))).toBeNull();
  });
});

describe('google scholar listExpected', () => {
  it.each([
    ['https://scholar.google.com/citations?user=QQQQ&hl=en', true],
    ['https://scholar.google.com/citations?user=QQQQ&view_op=list_works', true],
    ['https://scholar.google.com/citations?view_op=view_citation&user=QQQQ&citation_for_view=QQQQ:AAAA', false],
    ['https://scholar.google.com/citations?view_op=search_authors&mauthors=fjord', false],
    ['https://scholar.google.com/scholar?q=fjord', false],
  ])('%s → %s', (url, expected) => {
    expect(googleScholar.listExpected?.(new URL(url))).toBe(expected);
  });
});

describe('google scholar outline', () => {
  it.each([
    ['profile-en.html', 'https://scholar.google.com/citations?hl=en&user=QQQQ'],
    ['results-ja.html', 'https://scholar.google.co.jp/scholar?q=fjord'],
    ['profile-ja-owner.html', 'https://scholar.google.co.jp/citations?hl=ja&user=QQQQ'],
  ])('reads %s row by row', async (file, url) => {
    const { doc, page, profile, rows } = await parseFixture(file, url);
    const outline = googleScholar.outline!(doc, page);
    expect(outline.profile).toEqual(profile);
    expect(outline.rows).toHaveLength(rows.length);
    const oneByOne = outline.rows.flatMap((element) => googleScholar.rows(element, page));
    expect(oneByOne.map((row) => row.paper)).toEqual(rows.map((row) => row.paper));
    expect(oneByOne.map((row) => row.element)).toEqual(outline.rows);
  });
});
