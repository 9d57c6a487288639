/**
 * arXiv: abstract pages (`/abs/<id>`), author listings (`/a/<id>`), subject listings
 * (`/list/…`) and search results (`/search/?searchtype=author…`).
 *
 * The abstract-page parser was checked against a saved 2026 page. The listing and search
 * parsers follow the markup that arXiv's open-source site code emits (arXiv/arxiv-browse list
 * templates, arXiv/arxiv-search result templates) and are untested against a saved page.
 */
import type { ParsedRow, ProfilePage, SiteAdapter } from '../types';
import { absPageId, parseAbsPage } from './abs-page';
import { listingTerms, parseListingEntry } from './listing';
import { parseSearchResult } from './search';
import { SELECTORS } from './selectors';

type ArxivPageKind = 'abs' | 'author' | 'list' | 'search';

const HOSTS = ['arxiv.org', 'www.arxiv.org'];
const PATHS = ['/abs/', '/a/', '/list/', '/search/'];

export const arxiv: SiteAdapter = {
  site: 'arxiv',
  matchPatterns: HOSTS.flatMap((host) => PATHS.map((path) => `*://${host}${path}*`)),

  matches(url) {
    return pageKindOfUrl(url) !== null;
  },

  detect(doc, url) {
    const kind = pageKindOfUrl(url) ?? pageKindOfDocument(doc);
    if (!kind || !hasList(doc, kind)) return null;
    const onSite = pageKindOfUrl(url) !== null;
    if (kind === 'abs') {
      const id = absPageId(doc, url);
      if (!id) return null;
      return { site: 'arxiv', profileId: null, pageUrl: onSite ? stripHash(url) : `https://arxiv.org/abs/${id}`, kind: 'results' };
    }
    const pageUrl = onSite ? stripHash(url) : 'https://arxiv.org/';
    if (kind === 'author') return { site: 'arxiv', profileId: authorIdOf(url), pageUrl };
    return { site: 'arxiv', profileId: null, pageUrl, kind: 'results' };
  },

  parse(doc, page) {
    return { profile: null, rows: this.rows(doc, page) };
  },

  rowContainer(doc) {
    return doc.querySelector(SELECTORS.search.container) ?? doc.querySelector(SELECTORS.listing.container);
  },

  rows(root, page): ParsedRow[] {
    const node = root as Node;
    const element = node.nodeType === 1 ? (root as Element) : null;
    if (element?.matches(SELECTORS.search.result)) return [parseSearchResult(element, page)];
    if (node.nodeType === 9 && (root as Document).querySelector(SELECTORS.abs.root)) return parseAbsPage(root as Document, page);
    const results = Array.from(root.querySelectorAll(SELECTORS.search.result)).map((result) => parseSearchResult(result, page));
    const entries = listingTerms(root).map((term) => parseListingEntry(term, page));
    return [...results, ...entries];
  },

  overlayAnchor(row) {
    if (row.matches(SELECTORS.listing.term)) return row;
    return row.querySelector(SELECTORS.abs.title) ?? row.querySelector(SELECTORS.search.title) ?? row;
  },

  panelAnchor() {
    return null;
  },

  /** A search with no hits shows no list, so only abstract pages and listings must have one. */
  listExpected(url) {
    const kind = pageKindOfUrl(url);
    return kind !== null && kind !== 'search';
  },
};

function pageKindOfUrl(url: URL): ArxivPageKind | null {
  if (!HOSTS.includes(url.hostname.toLowerCase())) return null;
  const path = url.pathname;
  if (path.startsWith('/abs/')) return 'abs';
  if (path.startsWith('/a/')) return 'author';
  if (path.startsWith('/list/')) return 'list';
  if (path === '/search' || path.startsWith('/search/')) return 'search';
  return null;
}

/** Reads the page kind from the markup, for saved copies whose URL is a file URL. */
function pageKindOfDocument(doc: Document): ArxivPageKind | null {
  if (doc.querySelector(SELECTORS.abs.root) && doc.querySelector(SELECTORS.abs.title)) return 'abs';
  if (doc.querySelector(SELECTORS.search.result)) return 'search';
  if (listingTerms(doc).length > 0) return 'list';
  return null;
}

function hasList(doc: Document, kind: ArxivPageKind): boolean {
  if (kind === 'abs') return doc.querySelector(SELECTORS.abs.root) !== null;
  if (kind === 'search') return doc.querySelector(SELECTORS.search.result) !== null;
  return listingTerms(doc).length > 0;
}

/** `/a/smith_j_1`, `/a/smith_j_1.html` → "smith_j_1". */
function authorIdOf(url: URL): string | null {
  return /^\/a\/([\w.-]+?)(?:\.html|\.atom2?)?\/?$/.exec(url.pathname)?.[1] ?? null;
}

function stripHash(url: URL): string {
  const copy = new URL(url.href);
  copy.hash = '';
  return copy.href;
}

export type { ProfilePage };
