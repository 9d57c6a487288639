import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseSavedPageUrl } from '../../../lib/cli/saved-page-url';
import { loadPage } from '../../../lib/cli/load-page';
import { parseDocument } from '../../../lib/cli/parse-command';
import { REAL_PAGES, parseHtml, realPagesPresent } from '../../helpers/pages';

async function choose(site: string, file: string, override?: string) {
  const path = resolve(REAL_PAGES, site, file);
  return chooseSavedPageUrl(await loadPage(path), path, override);
}

describe.skipIf(!realPagesPresent('acl-anthology'))('chooseSavedPageUrl on ACL Anthology pages', () => {
  it.each([
    ['madsack-2023.html', 'https://aclanthology.org/people/a/andreas-madsack/'],
    ['madsack-2026.html', 'https://aclanthology.org/people/andreas-madsack/unverified/'],
  ])('reads the owner link of %s', async (file, expected) => {
    const choice = await choose('acl-anthology', file);
    expect(choice.url).toBe(expected);
    expect(choice.site).toBe('acl-anthology');
    expect(choice.kind).toBe('profile');
    expect(choice.reason).toBe(`${file} has no canonical link; the acl-anthology adapter recognised its markup, and the address is read from its own links`);
  });

  it('names the owner in parse output', async () => {
    const output = parseDocument(await loadPage(resolve(REAL_PAGES, 'acl-anthology', 'madsack-2026.html')), {});
    expect(output.profile?.id).toBe('andreas-madsack');
    expect(output.profile?.name).toBe('Andreas Madsack');
    expect(output.papers[0]?.provenance[0]?.pageUrl).toBe('https://aclanthology.org/people/andreas-madsack/unverified/');
  });

  it('gives no address without an owner link', async () => {
    const path = resolve(REAL_PAGES, 'acl-anthology', 'madsack-2023.html');
    const doc = await loadPage(path);
    doc.querySelector('h2#title')!.textContent = 'Someone Else';
    const choice = chooseSavedPageUrl(doc, path);
    expect(choice.url).toBeNull();
    expect(choice.reason).toContain("nothing in it names the page's address. Pass --url");
  });
});

describe.skipIf(!realPagesPresent('dblp'))('chooseSavedPageUrl on dblp pages', () => {
  it('reads a search query past a root canonical link', async () => {
    const choice = await choose('dblp', 'search-calefato-2024-reformatted.html');
    expect(choice.url).toBe('https://dblp.org/search?q=calefato');
    expect(choice.kind).toBe('results');
    expect(choice.reason).toContain('https://dblp.org/, is not a list page any site adapter reads');
  });

  it('keeps the canonical link of a person page', async () => {
    const choice = await choose('dblp', 'clauset-2015.html');
    expect(choice.url).toBe('http://dblp.uni-trier.de/pers/hd/c/Clauset:Aaron');
    expect(choice.reason).toBe('the canonical link of clauset-2015.html');
    expect(choice.kind).toBe('profile');
  });
});

describe.skipIf(!realPagesPresent('google-scholar'))('chooseSavedPageUrl on Scholar pages', () => {
  it('uses the pageUrl of a table body fragment', async () => {
    const choice = await choose('google-scholar', 'einstein-tbody-fragment-1114rows.html');
    expect(choice.url).toBe('https://scholar.google.com/citations?user=qc6CJjYAAAAJ');
    expect(choice.kind).toBe('profile');
    expect(choice.reason).toContain('and the address is the pageUrl its records carry');
  });

  it('prefers --url to the canonical link', async () => {
    const url = 'https://scholar.google.de/citations?user=3aPgewgAAAAJ&hl=de';
    const choice = await choose('google-scholar', 'irshad-en-2026-20rows.html', url);
    expect(choice).toEqual({ url, reason: 'given with --url', site: 'google-scholar', kind: 'profile' });
  });
});

describe.skipIf(!realPagesPresent('arxiv'))('chooseSavedPageUrl on arXiv pages', () => {
  it('marks an abstract page as results', async () => {
    const choice = await choose('arxiv', 'abs-page-2005.14165v4-31-authors-2026.html');
    expect(choice.url).toBe('https://arxiv.org/abs/2005.14165');
    expect(choice.kind).toBe('results');
  });
});

describe.skipIf(!realPagesPresent('homepages'))('chooseSavedPageUrl on homepages', () => {
  it('serves a generic list at its canonical link', async () => {
    const choice = await choose('homepages', 'alfolio-yue-wu-2024-16pubs.html');
    expect(choice.url).toBe('https://www.yuewu.ml/publications/');
    expect(choice.site).toBe('generic');
    expect(choice.reason).toContain('no site adapter reads the page, and the generic detector found a list');
  });

  it('gives no address without a canonical link', async () => {
    const path = resolve(REAL_PAGES, 'homepages', 'alfolio-yue-wu-2024-16pubs.html');
    const doc = await loadPage(path);
    doc.querySelector('link[rel="canonical"]')!.remove();
    const choice = chooseSavedPageUrl(doc, path);
    expect(choice.url).toBeNull();
    expect(choice.reason).toContain('has no canonical link, and only the generic detector, which claims no address, recognised a list');
  });
});

describe('chooseSavedPageUrl without a list', () => {
  it('gives no address and asks for --url', () => {
    const choice = chooseSavedPageUrl(parseHtml('<p>Opening hours</p>'), '/saved/hours.html');
    expect(choice.url).toBeNull();
    expect(choice.reason).toBe('hours.html has no canonical link, and no site adapter recognised a list in its markup. Pass --url with the address it was saved from.');
  });

  it('notes a --url no adapter reads', () => {
    const choice = chooseSavedPageUrl(parseHtml('<p>Opening hours</p>'), '/saved/hours.html', 'https://example.org/hours');
    expect(choice.url).toBe('https://example.org/hours');
    expect(choice.site).toBeNull();
    expect(choice.reason).toContain('no adapter recognised a list');
  });
});
