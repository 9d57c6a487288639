import type { SiteAdapter, ProfilePage } from '../types';
import { SCHOLAR_MATCH_PATTERNS, isScholarHost } from './hosts';
import { parseProfile } from './header';
import { parseRow } from './rows';
import { parseResult } from './results';
import { SELECTORS as S } from './selectors';

/** `view_op` values other than the works list are single-article, search or colleague pages. */
const LIST_VIEWS = new Set([null, 'list_works']);

export const googleScholar: SiteAdapter = {
  site: 'google-scholar',
  matchPatterns: SCHOLAR_MATCH_PATTERNS,

  matches(url) {
    return isScholarHost(url.hostname) && (url.pathname === '/citations' || url.pathname === '/scholar');
  },

  detect(doc, url) {
    if (isScholarPage(url) && url.pathname === '/scholar') return detectResults(doc, url);
    const canonical = canonicalUrl(doc);
    const pageUrl = (isScholarPage(url) ? url : canonical) ?? null;
    if (pageUrl && !LIST_VIEWS.has(pageUrl.searchParams.get('view_op'))) return null;
    if (!doc.querySelector(S.rowContainer) && !doc.querySelector(S.row)) return null;
    const profileId =
      pageUrl?.searchParams.get('user') ?? canonical?.searchParams.get('user') ?? userFromFirstRow(doc);
    if (!profileId) return null;
    const base = pageUrl ?? new URL(`https://scholar.google.com/citations?user=${encodeURIComponent(profileId)}`);
    return { site: 'google-scholar', profileId, pageUrl: stripHash(base) };
  },

  parse(doc, page) {
    const profile = page.kind === 'results' ? null : parseProfile(doc, page);
    return { profile, rows: this.rows(doc, page) };
  },

  outline(doc, page) {
    const profile = page.kind === 'results' ? null : parseProfile(doc, page);
    return { profile, rows: rowElements(doc, page) };
  },

  rowContainer(doc) {
    return doc.querySelector(S.rowContainer) ?? doc.querySelector(S.resultsContainer);
  },

  rows(root, page) {
    const read = page.kind === 'results' ? parseResult : parseRow;
    return rowElements(root, page).map((element) => read(element, page));
  },

  overlayAnchor(row) {
    return row.querySelector(S.titleCell) ?? row.querySelector(S.resultBody) ?? row;
  },

  listExpected(url) {
    return url.pathname === '/citations' && url.searchParams.has('user') && LIST_VIEWS.has(url.searchParams.get('view_op'));
  },

  panelAnchor(doc) {
    const citedBy = doc.querySelector(S.citedBySection);
    if (citedBy) return { element: citedBy, where: 'before' };
    const sidebar = doc.querySelector(S.sidebar);
    return sidebar ? { element: sidebar, where: 'prepend' } : null;
  },

  loadMore: {
    button(doc) {
      const button = doc.querySelector<HTMLButtonElement>(S.moreButton);
      return button && !button.hasAttribute('disabled') && !button.disabled ? button : null;
    },
    blocked(doc) {
      return doc.querySelector(S.loadError) !== null || doc.querySelector(S.captcha) !== null;
    },
  },
};

/** Returns the rows or search results under `root`, and `root` itself when it is one. */
function rowElements(root: ParentNode, page: ProfilePage): Element[] {
  const selector = page.kind === 'results' ? S.result : S.row;
  if (isElement(root) && root.matches(selector)) return [root];
  return Array.from(root.querySelectorAll(selector));
}

/** Detects a search-results page: result blocks under /scholar, with no profile. */
function detectResults(doc: Document, url: URL) {
  if (!doc.querySelector(S.result)) return null;
  return { site: 'google-scholar' as const, profileId: null, pageUrl: stripHash(url), kind: 'results' as const };
}

function isScholarPage(url: URL): boolean {
  return (url.protocol === 'https:' || url.protocol === 'http:') && googleScholar.matches(url);
}

function canonicalUrl(doc: Document): URL | null {
  const href = doc.querySelector(S.canonical)?.getAttribute('href');
  if (!href) return null;
  try {
    const url = new URL(href);
    return googleScholar.matches(url) ? url : null;
  } catch {
    return null;
  }
}

/** Fragments without a header (a saved table body) still name the user in every row link. */
function userFromFirstRow(doc: Document): string | null {
  const link = doc.querySelector(S.titleLink);
  const href = link?.getAttribute('data-href') || link?.getAttribute('href') || '';
  const match = /[?&]user=([\w-]+)/.exec(href.replace(/&amp;/g, '&'));
  return match?.[1] ?? null;
}

function stripHash(url: URL): string {
  const copy = new URL(url.href);
  copy.hash = '';
  return copy.href;
}

export type { ProfilePage };

/** Node type check that also works where `Element` is not a global (the CLI's DOM). */
function isElement(node: ParentNode): node is Element {
  return (node as Node).nodeType === 1;
}
