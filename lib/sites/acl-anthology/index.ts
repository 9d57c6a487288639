import type { Profile } from '../../model';
import { textOf } from '../dom';
import type { ParsedRow, ProfilePage, SiteAdapter } from '../types';
import { parseRow, personSlugOf } from './rows';
import { SELECTORS as S } from './selectors';
import { ownerAddress } from './address';

/**
 * ACL Anthology author pages (`aclanthology.org/people/…`) in the 2023 and 2026 designs.
 * The whole list is in the page, grouped under year headings.
 */
export const aclAnthology: SiteAdapter = {
  site: 'acl-anthology',
  matchPatterns: ['*://aclanthology.org/people/*'],

  matches(url) {
    return url.hostname === 'aclanthology.org' && url.pathname.startsWith('/people/');
  },

  detect(doc, url) {
    const column = doc.querySelector(S.column);
    if (!column || !doc.querySelector(S.name) || !column.querySelector(S.row)) return null;
    const onSite = this.matches(url);
    const profileId = onSite ? personSlugOf(url) : null;
    const pageUrl = onSite ? url.href.replace(/#.*$/, '') : 'https://aclanthology.org/';
    return { site: 'acl-anthology', profileId, pageUrl };
  },

  parse(doc, page) {
    return { profile: parseProfile(doc, page), rows: this.rows(doc, page) };
  },

  outline(doc, page) {
    const column = doc.querySelector(S.column);
    return { profile: parseProfile(doc, page), rows: column ? Array.from(column.querySelectorAll(S.row)) : [] };
  },

  rowContainer(doc) {
    return doc.querySelector(S.column);
  },

  rows(root, page): ParsedRow[] {
    const node = root as Node;
    if (node.nodeType === 1 && (root as Element).matches(`${S.column} > .d-sm-flex`)) return [parseRow(root as Element, page)];
    const column = node.nodeType === 1 && (root as Element).matches(S.column) ? (root as Element) : root.querySelector(S.column);
    const rows = column ? Array.from(column.querySelectorAll(S.row)) : [];
    return rows.map((row) => parseRow(row, page));
  },

  overlayAnchor(row) {
    return row.querySelector('span.d-block') ?? row;
  },

  panelAnchor(doc) {
    const sidebar = doc.querySelector(S.sidebar);
    return sidebar ? { element: sidebar, where: 'prepend' } : null;
  },

  listExpected(url) {
    return this.matches(url);
  },

  savedAddress: ownerAddress,
};

function parseProfile(doc: Document, page: ProfilePage): Profile | null {
  if (!page.profileId) return null;
  return {
    site: 'acl-anthology',
    id: page.profileId,
    name: textOf(doc.querySelector(S.name)) || null,
    affiliation: null,
    interests: [],
    metrics: {},
    coauthors: [],
    url: page.pageUrl,
  };
}
