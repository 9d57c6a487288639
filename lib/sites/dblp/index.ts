import type { Profile } from '../../model';
import { textOf } from '../dom';
import type { ParsedRow, ProfilePage, SiteAdapter } from '../types';
import { parseEntry } from './entry';
import { DBLP_MATCH_PATTERNS, dblpPageKind, personIdOf } from './hosts';
import { stripHomonymNumber } from './names';
import { SELECTORS as S } from './selectors';
import { searchAddress } from './address';

/**
 * dblp person pages (`/pid/…`, the older `/pers/…`) and search pages (`/search?q=`), on
 * dblp.org and its mirrors. Every entry is in the page; there is no "show more".
 */
export const dblp: SiteAdapter = {
  site: 'dblp',
  matchPatterns: DBLP_MATCH_PATTERNS,

  matches(url) {
    return dblpPageKind(url) !== null;
  },

  detect(doc, url) {
    const pageUrl = pageUrlOf(doc, url);
    const kind = pageUrl ? dblpPageKind(pageUrl) : null;
    const person = doc.querySelector(S.personSection);
    const search = doc.querySelector(S.searchSection);
    if (!person && !search) return null;
    if (!doc.querySelector(`${S.list} ${S.entry}`) && !search) return null;

    const isSearch = kind === 'search' || (kind === null && !person);
    let profileId: string | null = null;
    if (!isSearch && pageUrl) profileId = personIdOf(pageUrl.href);
    const href = pageUrl?.href ?? 'https://dblp.org/';
    return { site: 'dblp', profileId, pageUrl: href.replace(/#.*$/, ''), ...(isSearch && { kind: 'results' as const }) };
  },

  parse(doc, page) {
    return { profile: parseProfile(doc, page), rows: this.rows(doc, page) };
  },

  outline(doc, page) {
    return { profile: parseProfile(doc, page), rows: Array.from(doc.querySelectorAll(`${S.list} > ${S.entry}`)) };
  },

  rowContainer(doc) {
    return doc.querySelector(S.personSection) ?? doc.querySelector(S.searchSection);
  },

  rows(root, page): ParsedRow[] {
    const entries = Array.from(root.querySelectorAll(`${S.list} > ${S.entry}`));
    if ((root as Node).nodeType === 1 && (root as Element).matches(S.entry)) entries.unshift(root as Element);
    return entries.map((entry) => parseEntry(entry, page));
  },

  overlayAnchor(row) {
    return row.querySelector(S.data) ?? row;
  },

  panelAnchor(doc) {
    const target = doc.querySelector(S.panelTarget);
    return target ? { element: target, where: 'before' } : null;
  },

  listExpected(url) {
    return dblpPageKind(url) !== null;
  },

  savedAddress: searchAddress,
};

/** Returns the page's own URL on dblp, or for a saved copy its canonical link, or null when neither is on dblp. */
function pageUrlOf(doc: Document, url: URL): URL | null {
  if (dblpPageKind(url)) return url;
  const href = doc.querySelector(S.canonical)?.getAttribute('href');
  if (!href) return null;
  try {
    const canonical = new URL(href);
    return dblpPageKind(canonical) ? canonical : null;
  } catch {
    return null;
  }
}

function parseProfile(doc: Document, page: ProfilePage): Profile | null {
  if (!page.profileId) return null;
  return {
    site: 'dblp',
    id: page.profileId,
    name: stripHomonymNumber(textOf(doc.querySelector(S.headlineName))) || null,
    affiliation: null,
    interests: [],
    metrics: {},
    coauthors: [],
    url: page.pageUrl,
  };
}
