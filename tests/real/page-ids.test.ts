import { afterEach, describe, expect, it } from 'vitest';
import { withSighting } from '../../lib/model';
import { googleScholar } from '../../lib/sites/google-scholar';
import { sightingOf } from '../../lib/sites/record';
import { upsertPapers } from '../../lib/db/papers';
import { onePerWork, settlePageIds } from '../../lib/db/page-ids';
import { exportPapers } from '../../lib/export';
import { deleteTestDatabases, freshDatabase } from '../helpers/database';
import { REAL_PAGES, loadRealPage, realPagesPresent } from '../helpers/pages';

afterEach(deleteTestDatabases);

const NOW = '2026-01-01T00:00:00.000Z';
const present = realPagesPresent('google-scholar');

/** Reads every paper of a saved Scholar page. */
async function papersOf(file: string) {
  const doc = await loadRealPage('google-scholar', file);
  const page = googleScholar.detect(doc, new URL('https://scholar.google.com/citations?user=qc6CJjYAAAAJ&hl=en'));
  const sighting = sightingOf(page!, NOW);
  return googleScholar.parse(doc, page!).rows.flatMap((row) => (row.paper ? [withSighting(row.paper, sighting)] : []));
}

describe.skipIf(!present)(`page ids on real pages in ${REAL_PAGES}/google-scholar`, () => {
  it('gives rows sharing a cluster distinct ids', async () => {
    const papers = await papersOf('einstein-tbody-fragment-1114rows.html');
    // Rows of merged citations share a cluster id, so their derived ids repeat.
    expect(new Set(papers.map((paper) => paper.id)).size).toBeLessThan(papers.length);
    settlePageIds(papers, NOW);
    expect(new Set(papers.map((paper) => paper.id)).size).toBe(papers.length);
  });

  it('matches the ids the store gives', async () => {
    const papers = await papersOf('einstein-tbody-fragment-1114rows.html');
    const states = await upsertPapers(freshDatabase(), null, papers.map((paper) => ({ ...paper })), NOW);
    settlePageIds(papers, NOW);
    expect(papers.map((paper) => paper.id)).toEqual(states.map((state) => state.id));
  }, 60_000);

  it('exports no repeated BibTeX key', async () => {
    const papers = await papersOf('einstein-tbody-fragment-1114rows.html');
    settlePageIds(papers, NOW);
    const keys = exportPapers(onePerWork(papers), 'bibtex').text.match(/^@\w+\{[^,]+/gm) ?? [];
    expect(keys).toHaveLength(papers.length);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
