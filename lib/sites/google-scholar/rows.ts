import { derivePaperId, extractArxivId, extractArxivVersion } from '../../model/ids';
import type { PageRecord, Paper, PaperLink } from '../../model';
import { cleanText, httpUrl, parseCount, parseYear, textOf } from '../dom';
import type { ParsedRow, ProfilePage } from '../types';
import { recordRow } from '../record';
import { rowParts } from './row-parts';
import { CLASSES as C, SELECTORS as S } from './selectors';

/** ",", the full-width comma "，" and the ideographic comma "、", as character codes. */
const AUTHOR_SEPARATOR = new Set([0x2c, 0xff0c, 0x3001]);
/** The query parameter that names an article on its detail page. */
const DETAIL_QUERY = 'citation_for_view=';
const ELLIPSIS = /(?:\s|\u00a0)*(?:\u2026|\.\.\.)$/;

/** Tells whether an element is the year that some layouts repeat inside the venue line, which is not part of the venue. */
function isVenueYearCopy(element: Element): boolean {
  return element.localName === 'span' && element.classList.contains(C.venueYearCopy);
}

/** Reads one `tr.gsc_a_tr`. A row without a title is skipped with a warning; nothing throws. */
export function parseRow(row: Element, page: ProfilePage): ParsedRow {
  const parts = rowParts(row);
  const titleLink = parts.titleLink;
  const title = textOf(titleLink);
  if (!titleLink || !title) return { element: row, paper: null, warning: 'row has no title link' };

  const detail = detailLinkOf(titleLink, page.pageUrl);
  const articleId =
    (detail && articleIdOf(detail.href)) ?? row.querySelector<HTMLInputElement>(S.ownerCheckbox)?.value ?? null;
  const warning = articleId ? undefined : `no article id in the title link of "${title}"`;

  const { authors, truncated } = splitAuthors(textOf(parts.authorsLine));
  const venueText = textOf(parts.venueLine, isVenueYearCopy);
  // Most venue lines are whole, and an end check costs less than the regular expression.
  const venueTruncated = (venueText.endsWith('…') || venueText.endsWith('...')) && ELLIPSIS.test(venueText);
  const venue = (venueTruncated ? venueText.replace(ELLIPSIS, '') : venueText) || null;

  const citedBy = parts.citedBy;
  const citedByHref = citedBy?.getAttribute('href');
  const clusters = clusterIdsOf(citedByHref);
  const duplicateOf = citedBy?.classList.contains(S.duplicateCountClass)
    ? (citedBy.getAttribute('data-eud') ?? 'another article')
    : undefined;

  const year = parseYear(textOf(parts.year));
  const arxiv = venue ? extractArxivId(venue) : null;
  // Plain assignments cost less than spread literals, and this runs once per row of long lists.
  const ids: Paper['ids'] = {};
  if (articleId) ids.scholarArticle = articleId;
  if (clusters.length > 0) ids.scholarClusters = clusters;
  if (arxiv) ids.arxiv = arxiv;

  const links: PaperLink[] = [];
  if (detail) links.push({ kind: 'detail', url: detail.url });
  const citedByUrl = clusters.length > 0 ? httpUrl(citedByHref, page.pageUrl) : null;
  if (citedByUrl) links.push({ kind: 'cited-by', url: citedByUrl });
  if (arxiv) links.push({ kind: 'arxiv', url: `https://arxiv.org/abs/${arxiv}` });

  const candidate: PageRecord = {
    id: derivePaperId(ids, title, year),
    title,
    authors: authors.map((name) => ({ name })),
    authorsTruncated: truncated,
    venue,
    year,
    citations: citationsOf(citedBy),
    ids,
    links,
    codeLinks: [],
    topics: [],
  };
  if (venueTruncated) candidate.venueTruncated = true;
  if (duplicateOf) candidate.citationsCountedUnder = duplicateOf;
  if (parts.mergedMarker) candidate.citationsMerged = true;
  const arxivVersion = arxiv && venue ? extractArxivVersion(venue) : null;
  if (arxivVersion) candidate.arxivVersion = arxivVersion;
  return recordRow(row, candidate, warning);
}

/**
 * Reads the cited-by count. Scholar renders zero citations as an empty link, so an empty link is
 * 0. A missing cell or text without digits is unknown (null).
 */
function citationsOf(link: Element | null): number | null {
  if (!link) return null;
  const text = cleanText(link.textContent ?? '');
  if (text === '') return 0;
  return parseCount(text);
}

/**
 * Returns the title link's detail-page link, as written and resolved, from `data-href` (some
 * layouts) or else `href`: the first http(s) link that names `citation_for_view`.
 */
function detailLinkOf(link: Element, base: string): { href: string; url: string } | null {
  return detailLink(link.getAttribute('data-href'), base) ?? detailLink(link.getAttribute('href'), base);
}

function detailLink(href: string | null, base: string): { href: string; url: string } | null {
  const url = href?.includes(DETAIL_QUERY) ? httpUrl(href, base) : null;
  return href && url ? { href, url } : null;
}

/**
 * Reads `citation_for_view` from a detail link's query. A valid id is `[\w-]+:[\w-]+`, so only
 * percent-encoding needs decoding.
 */
function articleIdOf(detailHref: string): string | null {
  const raw = /[?&]citation_for_view=([^&#]*)/.exec(detailHref)?.[1];
  if (!raw) return null;
  const value = raw.includes('%') ? decodedOrNull(raw) : raw;
  return value && /^[\w-]+:[\w-]+$/.test(value) ? value : null;
}

function decodedOrNull(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function clusterIdsOf(href: string | null | undefined): string[] {
  if (!href?.includes('cites=')) return [];
  const match = /[?&]cites=([\d,]+)/.exec(href);
  if (!match?.[1]) return [];
  // Most links name one or a few clusters; a plain split leaves empty parts only around stray commas.
  const ids = match[1].split(',');
  return ids.includes('') ? ids.filter(Boolean) : ids;
}

/**
 * Splits "A Smith, B Lee, ..." into names; a trailing "..." or "…" marks a truncated list. Chinese and
 * Japanese lists separate names with a full-width comma "，" or an ideographic comma "、".
 */
export function splitAuthors(line: string): { authors: string[]; truncated: boolean } {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i < line.length && !AUTHOR_SEPARATOR.has(line.charCodeAt(i))) continue;
    const part = line.slice(from, i).trim();
    if (part) parts.push(part);
    from = i + 1;
  }
  let truncated = false;
  while (parts.length > 0 && isEllipsis(parts[parts.length - 1]!)) {
    parts.pop();
    truncated = true;
  }
  return { authors: parts, truncated };
}

function isEllipsis(part: string): boolean {
  return part === '...' || part === '…';
}
