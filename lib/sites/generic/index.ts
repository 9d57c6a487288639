import type { Profile } from '../../model';
import { httpUrl } from '../dom';
import type { ParsedRow, ProfilePage, SiteAdapter } from '../types';
import { readBlock } from './block';
import { CONFIDENCE_THRESHOLD } from './confidence';
import { findList, shapeOf, type DetectedList } from './detect';
import { parseEntry } from './record';
import { SELECTORS as S } from './selectors';

/** Provenance address for saved pages that name no http(s) address of their own (a reserved domain). */
const UNKNOWN_PAGE = 'https://saved-page.invalid/';

const found = new WeakMap<Document, DetectedList>();

/**
 * Publication lists on any page, found by structure alone. It has no match patterns: the
 * extension runs it only on sites the user allowed, and the CLI runs it when no site adapter
 * claims a page. A list that scores below `CONFIDENCE_THRESHOLD` is not this page.
 */
export const generic: SiteAdapter = {
  site: 'generic',
  matchPatterns: [],

  matches() {
    return false;
  },

  detect(doc, url) {
    const list = findList(doc);
    if (!list || list.confidence < CONFIDENCE_THRESHOLD) return null;
    found.set(doc, list);
    const pageUrl = pageUrlOf(doc, url);
    const owned = list.owner !== null && pageUrl !== UNKNOWN_PAGE;
    return {
      site: 'generic',
      profileId: owned ? pageUrl.replace(/^https?:\/\//, '').replace(/[?#].*$/, '') : null,
      pageUrl,
      ...(!owned && { kind: 'results' as const }),
    };
  },

  parse(doc, page) {
    return { profile: profileOf(listOf(doc), page), rows: this.rows(doc, page) };
  },

  rowContainer(doc) {
    const containers = found.get(doc)?.containers ?? [];
    return containers.length > 1 ? (containers[0]!.parentElement ?? null) : (containers[0] ?? null);
  },

  rows(root, page): ParsedRow[] {
    const node = root as Node;
    const doc = node.nodeType === 9 ? (root as Document) : node.ownerDocument;
    const list = doc ? found.get(doc) : undefined;
    if (node.nodeType === 9) return (list ?? listOf(root as Document))?.entries.map((entry) => parseEntry(entry, page)) ?? [];
    if (!list) return [];
    const added = Array.from(root.querySelectorAll(S.block));
    if (node.nodeType === 1) added.unshift(root as Element);
    return added
      .filter((element) => list.containers.includes(element.parentElement?.parentElement as Element) && shapeOf(element) === list.shape)
      .flatMap((element) => {
        const block = readBlock(element, undefined, true);
        return block ? [parseEntry(block, page)] : [];
      });
  },

  overlayAnchor(row) {
    return row.querySelector(S.title) ?? row;
  },

  /** Before the list's section; before the list itself when the section is the page body. */
  panelAnchor(doc) {
    const list = found.get(doc);
    if (!list) return null;
    const outer = list.container.localName === 'body' || list.container.localName === 'html';
    const element = outer ? list.entries[0]?.element.parentElement : list.container;
    return element ? { element, where: 'before' } : null;
  },
};

function listOf(doc: Document): DetectedList | null {
  const cached = found.get(doc);
  if (cached) return cached;
  const list = findList(doc);
  if (list) found.set(doc, list);
  return list;
}

/** Returns the address the page was loaded from when it is http(s), else its canonical address, else `UNKNOWN_PAGE`. */
function pageUrlOf(doc: Document, url: URL): string {
  const canonical = httpUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), url.href.startsWith('http') ? url.href : UNKNOWN_PAGE);
  const loaded = httpUrl(url.href, UNKNOWN_PAGE);
  const chosen = (url.protocol === 'http:' || url.protocol === 'https:' ? loaded : canonical) ?? UNKNOWN_PAGE;
  return chosen.replace(/#.*$/, '');
}

/** Builds a profile named after the page's owner. Pages without an owner have no profile. */
function profileOf(list: DetectedList | null, page: ProfilePage): Profile | null {
  if (!list?.owner || !page.profileId) return null;
  return {
    site: 'generic',
    id: page.profileId,
    name: list.owner.name,
    affiliation: null,
    interests: [],
    metrics: {},
    coauthors: [],
    url: page.pageUrl,
  };
}

export { CONFIDENCE_THRESHOLD };
export type { DetectedList };
