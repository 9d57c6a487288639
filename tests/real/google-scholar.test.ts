import { describe, expect, it } from 'vitest';
import { googleScholar } from '../../lib/sites/google-scholar';
import { recomputeMetrics } from '../../lib/analysis/metrics';
import { REAL_PAGES, loadRealPage, realPagesPresent, warnRealPagesAbsent } from '../helpers/pages';

/**
 * Expected values were counted in the saved pages' markup independently of the adapter:
 * rows, empty year spans, empty citation links, struck-through counts, "*" markers, and the
 * citation sum over rows whose count is not struck through.
 */
const PAGES = [
  { file: 'irshad-en-2026-20rows.html', rows: 20, noYear: 0, uncited: 10, duplicates: 0, merged: 0, citationSum: 91, arxiv: 2, name: 'Irshad K A', coauthors: 12, siteCitations: 232, siteH: 8 },
  { file: 'zharov-en-2025-oe-ascii.html', rows: 20, noYear: 0, uncited: 5, duplicates: 0, merged: 0, citationSum: 50, arxiv: 13, coauthors: 0 },
  { file: 'ju-zhCN-2025-pagesize100-32rows.html', rows: 32, noYear: 0, uncited: 6, duplicates: 0, merged: 1, citationSum: 431, arxiv: 19, coauthors: 0 },
  { file: 'denner-ptPT-2025-owner-view-176rows-browser-saved.html', rows: 176, noYear: 18, uncited: 87, duplicates: 0, merged: 1, citationSum: 1799, coauthors: 4 },
  { file: 'einstein-tbody-fragment-1114rows.html', name: null, rows: 1114, noYear: 288, uncited: 401, duplicates: 161, merged: 319, citationSum: 145421 },
  { file: 'kietzig-en-2019-pagesize2.html', rows: 2, noYear: 0, uncited: 1, duplicates: 0, merged: 0, citationSum: 1, coauthors: 0 },
  { file: 'manmatha-en-2015-100rows.html', rows: 100, noYear: 0, uncited: 22, duplicates: 0, merged: 0, citationSum: 5658, coauthors: 13 },
  { file: 'qazvinian-en-2015-coauthors.html', rows: 36, noYear: 2, uncited: 8, duplicates: 0, merged: 0, citationSum: 722, coauthors: 20 },
] as const;

const present = realPagesPresent('google-scholar');
if (!present) warnRealPagesAbsent('real-page suite', 'google-scholar');

describe.skipIf(!present)(`real Google Scholar pages in ${REAL_PAGES}/google-scholar`, () => {
  it.each(PAGES)('$file', async (expected) => {
    const doc = await loadRealPage('google-scholar', expected.file);
    const page = googleScholar.detect(doc, new URL('file:///saved.html'));
    expect(page).not.toBeNull();
    const { profile, rows } = googleScholar.parse(doc, page!);
    const papers = rows.flatMap((row) => (row.paper ? [row.paper] : []));

    expect(rows).toHaveLength(expected.rows);
    expect(papers).toHaveLength(expected.rows);
    expect(papers.filter((paper) => paper.year === null)).toHaveLength(expected.noYear);
    expect(papers.filter((paper) => paper.citations === 0 && !paper.ids.scholarClusters)).toHaveLength(expected.uncited);
    expect(papers.filter((paper) => paper.citationsCountedUnder)).toHaveLength(expected.duplicates);
    expect(papers.filter((paper) => paper.citationsMerged)).toHaveLength(expected.merged);
    expect(recomputeMetrics(papers).citations).toBe(expected.citationSum);
    expect(papers.every((paper) => paper.title.length > 0 && !paper.title.includes('\u202a'))).toBe(true);
    expect(papers.every((paper) => paper.authors.every((author) => author.name !== '...'))).toBe(true);
    if ('arxiv' in expected) expect(papers.filter((paper) => paper.ids.arxiv)).toHaveLength(expected.arxiv);
    if ('coauthors' in expected) expect(profile?.coauthors).toHaveLength(expected.coauthors);
    if ('name' in expected) expect(profile?.name).toBe(expected.name);
    if ('siteCitations' in expected) expect(profile?.metrics.citations?.all).toBe(expected.siteCitations);
    if ('siteH' in expected) expect(profile?.metrics.hIndex?.all).toBe(expected.siteH);
  });

  it('splits Chinese author lists on full-width commas', async () => {
    const doc = await loadRealPage('google-scholar', 'ju-zhCN-2025-pagesize100-32rows.html');
    const page = googleScholar.detect(doc, new URL('file:///saved.html'))!;
    const { rows } = googleScholar.parse(doc, page);
    const names = rows.flatMap((row) => row.paper?.authors.map((author) => author.name) ?? []);
    expect(names.filter((name) => /[，、]/.test(name))).toEqual([]);
    const row = rows.find((candidate) => candidate.paper?.authors.some((author) => author.name === '鞠天杰'));
    expect(row?.paper?.authors.map((author) => author.name)).toEqual(['鞠天杰', '刘功申', '张倬胜', '张茹']);
  });

  it('reads pt-PT and zh-CN metric tables by position', async () => {
    const denner = await loadRealPage('google-scholar', 'denner-ptPT-2025-owner-view-176rows-browser-saved.html');
    const ju = await loadRealPage('google-scholar', 'ju-zhCN-2025-pagesize100-32rows.html');
    for (const doc of [denner, ju]) {
      const page = googleScholar.detect(doc, new URL('file:///saved.html'))!;
      const { profile } = googleScholar.parse(doc, page);
      expect(profile?.metrics.citations?.all).toBeGreaterThan(0);
      expect(profile?.metrics.hIndex?.all).toBeGreaterThan(0);
      expect(profile?.metrics.recentSince).toBe(2020);
    }
  });

  it('decodes entities on an oe=ASCII page', async () => {
    const doc = await loadRealPage('google-scholar', 'zharov-en-2025-oe-ascii.html');
    const page = googleScholar.detect(doc, new URL('file:///saved.html'))!;
    expect(page.profileId).toBe('U4LFdJ0AAAAJ');
    const { rows } = googleScholar.parse(doc, page);
    expect(rows.some((row) => /&[a-z]+;|&#\d+;/.test(JSON.stringify(row.paper)))).toBe(false);
  });
});
