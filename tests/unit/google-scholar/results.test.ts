import { describe, expect, it } from 'vitest';
import { googleScholar } from '../../../lib/sites/google-scholar';
import { readResultFooter } from '../../../lib/sites/google-scholar/results';
import { loadFixture } from '../../helpers/pages';

const URL_JA = 'https://scholar.google.co.jp/scholar?q=river+ice&hl=ja';

async function parseResults() {
  const doc = await loadFixture('google-scholar', 'results-ja.html');
  const page = googleScholar.detect(doc, new URL(URL_JA));
  if (!page) throw new Error('results page was not detected');
  return { doc, page, ...googleScholar.parse(doc, page) };
}

describe('google scholar search results', () => {
  it('detects a results page without a profile', async () => {
    const { page, profile } = await parseResults();
    expect(page.kind).toBe('results');
    expect(page.profileId).toBeNull();
    expect(profile).toBeNull();
  });

  it('reads footer counts by href under Japanese labels', async () => {
    const { doc } = await parseResults();
    const footer = readResultFooter(doc.querySelector('div.gs_r')!, URL_JA);
    expect(footer.citations).toBe(57);
    expect(footer.citesId).toBe('4455667788990011');
    expect(footer.relatedUrl).toBe(
      'https://scholar.google.co.jp/scholar?q=related:Zq81xYtt0PkJ:scholar.google.com/&scioq=&hl=ja&as_sdt=0,5',
    );
    expect(footer.versions).toBe(4);
  });

  it('leaves counts null when no link carries them', async () => {
    const { doc } = await parseResults();
    const footer = readResultFooter(doc.querySelectorAll('div.gs_r')[1]!, URL_JA);
    expect(footer.citations).toBeNull();
    expect(footer.citesId).toBeNull();
    expect(footer.versions).toBeNull();
  });

  it('reads title, authors, venue and year', async () => {
    const { rows } = await parseResults();
    const [first, second] = rows.map((row) => row.paper);
    expect(first?.title).toBe('Sediment transport under river ice');
    expect(first?.authors.map((author) => author.name)).toEqual(['K Tanabe', 'R Oyelaran']);
    expect(first?.venue).toBe('Cold Regions Research');
    expect(first?.year).toBe(2019);
    expect(first?.citations).toBe(57);
    expect(first?.siteVersions).toBe(4);
    expect(second?.siteVersions).toBeUndefined();
    expect(second?.title).toBe('Ice floe drift in narrow straits');
    expect(second?.authorsTruncated).toBe(true);
    expect(second?.ids.arxiv).toBe('2101.00001');
    expect(second?.links.map((link) => link.kind)).toEqual(['publisher', 'pdf', 'other']);
  });

  it('matches /scholar but not other paths', () => {
    expect(googleScholar.matches(new URL(URL_JA))).toBe(true);
    expect(googleScholar.matches(new URL('https://scholar.google.com/scholar_lookup?title=x'))).toBe(false);
  });
});
