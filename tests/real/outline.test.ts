import { describe, expect, it } from 'vitest';
import type { SiteAdapter } from '../../lib/sites';
import { googleScholar } from '../../lib/sites/google-scholar';
import { dblp } from '../../lib/sites/dblp';
import { aclAnthology } from '../../lib/sites/acl-anthology';
import { REAL_PAGES, loadRealPage, realPagesPresent } from '../helpers/pages';

/** Saved pages of the adapters that outline a page, with the URL each page was saved from. */
const PAGES: [string, string, SiteAdapter, string][] = [
  ['google-scholar', 'einstein-tbody-fragment-1114rows.html', googleScholar, 'file:///saved.html'],
  ['google-scholar', 'denner-ptPT-2025-owner-view-176rows-browser-saved.html', googleScholar, 'file:///saved.html'],
  ['dblp', 'clauset-2015.html', dblp, 'file:///saved.html'],
  ['dblp', 'search-calefato-2024-reformatted.html', dblp, 'file:///saved.html'],
  ['acl-anthology', 'madsack-2023.html', aclAnthology, 'https://aclanthology.org/people/a/andreas-madsack/'],
  ['acl-anthology', 'madsack-2026.html', aclAnthology, 'https://aclanthology.org/people/andreas-madsack/'],
];

describe.skipIf(!realPagesPresent('dblp'))(`outlined pages in ${REAL_PAGES}`, () => {
  it.each(PAGES)('%s: %s read row by row', async (_site, file, adapter, url) => {
    const doc = await loadRealPage(adapter.site, file);
    const page = adapter.detect(doc, new URL(url));
    expect(page).not.toBeNull();
    const whole = adapter.parse(doc, page!);
    const outline = adapter.outline!(doc, page!);
    expect(outline.profile).toEqual(whole.profile);
    expect(outline.rows.length).toBeGreaterThan(0);
    const oneByOne = outline.rows.flatMap((element) => adapter.rows(element, page!));
    expect(oneByOne.map((row) => row.element)).toEqual(whole.rows.map((row) => row.element));
    expect(oneByOne.map((row) => row.paper)).toEqual(whole.rows.map((row) => row.paper));
  });
});
