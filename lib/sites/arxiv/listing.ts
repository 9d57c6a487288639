import { extractArxivId, extractArxivVersion } from '../../model/ids';
import type { ListingKind } from '../../model';
import { httpUrl, textOf } from '../dom';
import type { ParsedRow, ProfilePage } from '../types';
import { parseSubjects } from './categories';
import { toParsedRow, yearOfArxivId } from './record';
import { SELECTORS } from './selectors';
import { CLASSES } from '../../analysis/topics/taxonomy';

const S = SELECTORS.listing;

/**
 * Reads the `dt` note after the id link: "(cross-list from cs.LG)" or "(replaced)". arXiv's
 * listings are English only, so the note's words are stable. Author pages have no note, so their
 * entries read as `new`.
 */
export function listingKindOf(term: Element): ListingKind {
  const text = textOf(term).toLowerCase();
  if (/\(\s*cross-list\b/.test(text)) return 'cross-list';
  if (/\(\s*replaced\b/.test(text)) return 'replacement';
  return 'new';
}

/** Returns the home category a cross-list note names ("(cross-list from cs.LG)" gives cs.LG), or null. */
export function crossListedFrom(term: Element): string | null {
  return /\(\s*cross-list from\s+([a-z-]+(?:\.[A-Za-z-]+)?)\s*\)/i.exec(textOf(term))?.[1] ?? null;
}

/** Returns the `dt` terms of every listing `dl` under `root` that link an abstract. */
export function listingTerms(root: ParentNode): Element[] {
  return Array.from(root.querySelectorAll(`${S.list} > ${S.term}`)).filter((term) => term.querySelector(S.idLink));
}

/** Reads one listing entry: the `dt` with the id and its following `dd` with the metadata. */
export function parseListingEntry(term: Element, page: ProfilePage): ParsedRow {
  const details = term.nextElementSibling;
  const href = term.querySelector(S.idLink)?.getAttribute('href') ?? '';
  const arxivId = extractArxivId(href, { bare: true });
  if (!arxivId || !details || details.localName !== 'dd') {
    return { element: term, paper: null, warning: 'arXiv listing entry has no id link or no details' };
  }
  const withoutDescriptor = (el: Element) => el.matches(S.descriptor);
  const authors = Array.from(details.querySelectorAll(S.authors)).flatMap((link) => {
    const name = textOf(link);
    const url = httpUrl(link.getAttribute('href'), page.pageUrl);
    const siteId = /\/a\/([\w.-]+?)(?:\.html)?$/.exec(url ?? '')?.[1];
    return name ? [{ name, ...(url && { url }), ...(siteId && { siteId }) }] : [];
  });
  const entry = {
    arxivId,
    title: textOf(details.querySelector(S.title), withoutDescriptor),
    authors,
    abstract: textOf(details.querySelector(S.abstract)),
    comments: textOf(details.querySelector(S.comments), withoutDescriptor),
    journalRef: textOf(details.querySelector(S.journalRef), withoutDescriptor),
    doi: null,
    categories: parseSubjects(textOf(details.querySelector(S.subjects), withoutDescriptor)),
    year: yearOfArxivId(arxivId),
    version: extractArxivVersion(href),
  };
  if (!entry.title) return { element: term, paper: null, warning: `arXiv ${arxivId}: listing entry has no title` };
  // A cross-list's home category comes first, named by arXiv's category list when the entry lists no subjects.
  const home = crossListedFrom(term);
  if (home && entry.categories[0]?.id !== home) {
    const named = entry.categories.find((category) => category.id === home);
    const listed = { id: home, name: CLASSES[home]?.[1] ?? home };
    entry.categories = [named ?? listed, ...entry.categories.filter((category) => category.id !== home)];
  }
  const row = toParsedRow(term, entry, page);
  if (row.paper && page.pageUrl.includes('/list/')) row.paper.listingKind = listingKindOf(term);
  return row;
}
