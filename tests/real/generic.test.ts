import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeTitle, type PageRecord } from '../../lib/model';
import { ADAPTERS } from '../../lib/sites';
import { generic } from '../../lib/sites/generic';
import { REAL_PAGES, fixturePath, loadRealPage, realPagesPresent, warnRealPagesAbsent } from '../helpers/pages';

const SAVED = new URL('file:///saved.html');

interface ExpectedPage {
  file: string;
  owner: string | null;
  entries: [number, string][];
}

const EXPECTED = (JSON.parse(readFileSync(fixturePath('generic', 'homepages.expected.json'), 'utf8')) as { pages: ExpectedPage[] }).pages;

function runGeneric(doc: Document): { papers: PageRecord[]; owner: string | null } {
  const page = generic.detect(doc, SAVED);
  if (!page) return { papers: [], owner: null };
  const { profile, rows } = generic.parse(doc, page);
  return { papers: rows.flatMap((row) => (row.paper ? [row.paper] : [])), owner: profile?.name ?? null };
}

function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

const homepages = realPagesPresent('homepages');
if (!homepages) warnRealPagesAbsent('real-page suite', 'homepages');

describe.skipIf(!homepages)(`generic adapter on real homepages in ${REAL_PAGES}/homepages`, () => {
  it.each(EXPECTED)('$file', async (expected) => {
    const { papers } = runGeneric(await loadRealPage('homepages', expected.file));
    const found = new Map(papers.map((paper) => [normalizeTitle(paper.title), paper]));
    const matched = expected.entries.filter(([, title]) => found.has(normalizeTitle(title)));

    expect(share(matched.length, expected.entries.length)).toBeGreaterThanOrEqual(0.9);
    expect(share(matched.length, found.size)).toBeGreaterThanOrEqual(0.95);
    for (const [year, title] of matched) expect(found.get(normalizeTitle(title))?.year, title).toBe(year);
  });

  it('finds the highlighted owner', async () => {
    for (const expected of EXPECTED) {
      const { owner } = runGeneric(await loadRealPage('homepages', expected.file));
      expect(owner, expected.file).toBe(expected.owner);
    }
  });

  it('reads ids from al-folio links and badges', async () => {
    const yueWu = runGeneric(await loadRealPage('homepages', 'alfolio-yue-wu-2024-16pubs.html')).papers;
    expect(yueWu.find((paper) => paper.title.startsWith('SmartPlay'))?.ids.arxiv).toBe('2310.01557');
    const holden = runGeneric(await loadRealPage('homepages', 'alfolio-holden-lab-warwick-2026-38pubs.html')).papers;
    expect(holden[0]?.ids.doi).toBe('10.1038/s41467-025-58723-4');
    expect(holden[0]?.authors.map((author) => author.name)).toContain('Mike Heilemann');
  });

  it('keeps the last author of APA lists', async () => {
    const zhu = runGeneric(await loadRealPage('homepages', 'mkdocs-ai4eps-weiqiang-zhu-2022-plain-list.html')).papers;
    const catalog = zhu.find((paper) => paper.title.startsWith('Machine-learning-based high-resolution earthquake catalog'));
    expect(catalog?.authors.map((author) => author.name).slice(-2)).toEqual(['Michele, M.', 'Segou, M.']);
    expect(catalog?.authorsTruncated).toBe(true);
  });
});

/** Site pages read with their site adapter and with the generic one; the 1114-row Scholar page takes seconds in happy-dom. */
const SITE_FOLDERS = ['google-scholar', 'dblp', 'acl-anthology'] as const;
/** Lists shorter than this are not detected at all. */
const MIN_ROWS = 3;

describe.skipIf(!realPagesPresent('google-scholar'))('generic adapter on real site pages, site adapters off', () => {
  const pages = SITE_FOLDERS.flatMap((folder) => {
    const directory = resolve(REAL_PAGES, folder);
    return existsSync(directory)
      ? readdirSync(directory)
          .filter((file) => file.endsWith('.html'))
          .map((file) => ({ folder, file }))
      : [];
  });

  it.each(pages)('$folder/$file', async ({ folder, file }) => {
    const adapter = ADAPTERS.find((candidate) => candidate.site === folder)!;
    const siteDoc = await loadRealPage(folder, file);
    const sitePage = adapter.detect(siteDoc, SAVED)!;
    const reference = new Set(
      adapter
        .parse(siteDoc, sitePage)
        .rows.flatMap((row) => (row.paper ? [normalizeTitle(row.paper.title)] : [])),
    );
    const { papers } = runGeneric(await loadRealPage(folder, file));
    if (reference.size < MIN_ROWS) {
      expect(papers).toEqual([]);
      return;
    }
    const found = new Set(papers.map((paper) => normalizeTitle(paper.title)));
    const shared = Array.from(found).filter((title) => reference.has(title)).length;
    expect(share(shared, found.size)).toBeGreaterThanOrEqual(0.95);
    expect(share(shared, reference.size)).toBeGreaterThanOrEqual(0.8);
  }, 120_000);

  it.skipIf(!realPagesPresent('arxiv'))('finds nothing on an arXiv abstract page', async () => {
    const doc = await loadRealPage('arxiv', 'abs-page-2005.14165v4-31-authors-2026.html');
    expect(generic.detect(doc, SAVED)).toBeNull();
  });
});
