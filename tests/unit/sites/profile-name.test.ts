import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { Profile } from '../../../lib/model';
import { aclAnthology } from '../../../lib/sites/acl-anthology';
import { dblp } from '../../../lib/sites/dblp';
import { googleScholar } from '../../../lib/sites/google-scholar';
import type { SiteAdapter } from '../../../lib/sites/types';
import { fixturePath, parseHtml } from '../../helpers/pages';

const ACL_PAGE = `<h2 id=title>NAME</h2>
<div class=row><div class=col-lg-9><h4>2024</h4>
<div class="d-sm-flex align-items-stretch mb-3"><span class=d-block><strong><a class=align-middle href="/2024.acl-long.7/">Rivers</a></strong><br>
<a href="/people/ines-kovac/">Ines Kovač</a><br><a href="/volumes/2024.acl-long/" class=text-muted>Proceedings of ACL 2024</a></span></div>
</div><div class=col-lg-3></div></div>`;

/** One page per adapter, with the owner's name and without it (its element removed or blank). */
const PAGES: { adapter: SiteAdapter; url: string; named: string; unnamed: string }[] = [
  {
    adapter: googleScholar,
    url: 'file:///saved.html',
    named: readFileSync(fixturePath('google-scholar', 'profile-en.html'), 'utf8'),
    unnamed: readFileSync(fixturePath('google-scholar', 'profile-en.html'), 'utf8').replace('<div id="gsc_prf_in">Maren Solberg</div>', ''),
  },
  {
    adapter: dblp,
    url: 'file:///saved.html',
    named: readFileSync(fixturePath('dblp', 'homonyms-current.html'), 'utf8'),
    unnamed: readFileSync(fixturePath('dblp', 'homonyms-current.html'), 'utf8').replace(/<header id="headline">.*<\/header>/, ''),
  },
  {
    adapter: aclAnthology,
    url: 'https://aclanthology.org/people/ines-kovac/',
    named: ACL_PAGE.replace('NAME', 'Ines Kovač'),
    unnamed: ACL_PAGE.replace('NAME', ' '),
  },
];

function profileOf(adapter: SiteAdapter, html: string, url: string) {
  const doc = parseHtml(html);
  const page = adapter.detect(doc, new URL(url));
  if (!page) throw new Error(`${adapter.site} page not detected`);
  return adapter.parse(doc, page).profile;
}

describe('profile name', () => {
  it.each(PAGES)('$adapter.site reads a shown name', ({ adapter, url, named }) => {
    const profile = profileOf(adapter, named, url);
    expect(profile?.name).toMatch(/\S/);
    expect(z.safeParse(Profile, profile).success).toBe(true);
  });

  it.each(PAGES)('$adapter.site gives null without name', ({ adapter, url, unnamed }) => {
    const profile = profileOf(adapter, unnamed, url);
    expect(profile).not.toBeNull();
    expect(profile?.name).toBeNull();
    expect(z.safeParse(Profile, profile).success).toBe(true);
  });

  it('model rejects an empty name', () => {
    const profile = profileOf(googleScholar, PAGES[0]!.named, PAGES[0]!.url);
    expect(z.safeParse(Profile, { ...profile, name: '' }).success).toBe(false);
  });
});
