import { derivePaperId, extractArxivId, normalizeDoi } from '../../model/ids';
import type { PaperLink } from '../../model';
import { cleanText, httpUrl, parseCount, parseYear, textOf } from '../dom';
import type { ParsedRow, ProfilePage } from '../types';
import { recordRow } from '../record';
import { splitAuthors } from './rows';
import { SELECTORS as S } from './selectors';

/** Counts and links from a result's footer. Every value is read from a link's `href`, never its label. */
export interface ResultFooter {
  citations: number | null;
  citesId: string | null;
  relatedUrl: string | null;
  versions: number | null;
}

/**
 * Reads a search result's footer. Links are recognised by their href (`cites=`, `q=related:`,
 * `cluster=`), and the digits in their text are the counts, whatever the interface language.
 * A count without digits is null.
 */
export function readResultFooter(result: Element, base: string): ResultFooter {
  const footer = result.querySelector(S.resultFooter) ?? result;
  const links = Array.from(footer.querySelectorAll('a[href]'));
  const hrefOf = (link: Element | undefined) => link?.getAttribute('href') ?? '';
  const citedBy = links.find((link) => /[?&]cites=\d/.test(hrefOf(link)));
  const related = links.find((link) => /[?&]q=related:/.test(hrefOf(link)));
  const versions = links.find((link) => /[?&]cluster=\d/.test(hrefOf(link)));
  return {
    citations: citedBy ? digitsIn(textOf(citedBy)) : null,
    citesId: /[?&]cites=(\d+)/.exec(hrefOf(citedBy))?.[1] ?? null,
    relatedUrl: related ? httpUrl(hrefOf(related), base) : null,
    versions: versions ? digitsIn(textOf(versions)) : null,
  };
}

/** Reads one search result block into a paper record. */
export function parseResult(result: Element, page: ProfilePage): ParsedRow {
  const titleElement = result.querySelector(S.resultTitle);
  const title = textOf(titleElement, (el) => el.matches(S.resultTypeLabel));
  if (!title) return { element: result, paper: null, warning: 'search result has no title' };

  const footer = readResultFooter(result, page.pageUrl);
  const titleUrl = httpUrl(result.querySelector(S.resultTitleLink)?.getAttribute('href'), page.pageUrl);
  const fullTextUrl = httpUrl(result.querySelector(S.resultFullText)?.getAttribute('href'), page.pageUrl);
  const { authors, venue, year } = splitByline(textOf(result.querySelector(S.resultByline)));
  const urls = [titleUrl, fullTextUrl].filter((url): url is string => url !== null);
  const doi = urls.map((url) => normalizeDoi(url)).find(Boolean) ?? null;
  const arxiv = urls.map((url) => extractArxivId(url)).find(Boolean) ?? null;
  const ids = {
    ...(footer.citesId && { scholarClusters: [footer.citesId] }),
    ...(doi && { doi }),
    ...(arxiv && { arxiv }),
  };

  const links: PaperLink[] = [];
  if (titleUrl) links.push({ kind: doi ? 'doi' : 'publisher', url: titleUrl });
  if (fullTextUrl && fullTextUrl !== titleUrl) links.push({ kind: 'pdf', url: fullTextUrl });
  const citedByUrl = footer.citesId ? httpUrl(`/scholar?cites=${footer.citesId}`, page.pageUrl) : null;
  if (citedByUrl) links.push({ kind: 'cited-by', url: citedByUrl });
  if (footer.relatedUrl) links.push({ kind: 'other', url: footer.relatedUrl });

  const candidate = {
    id: derivePaperId(ids, title, year),
    title,
    authors: authors.authors.map((name) => ({ name })),
    authorsTruncated: authors.truncated,
    venue,
    year,
    citations: footer.citations,
    ...(footer.versions !== null && { siteVersions: footer.versions }),
    ids,
    links,
    codeLinks: [],
    topics: [],
  };
  return recordRow(result, candidate);
}

/**
 * Splits "K Tanabe, R Oyelaran - Cold Regions Research, 2019 - example.org" into its parts.
 * The separators are " - " (Scholar writes a no-break space before the dash).
 */
function splitByline(line: string) {
  const [authorPart = '', sourcePart = ''] = line.split(/\s[-–]\s/);
  const authors = splitAuthors(authorPart.replace(/…$/, ', …'));
  const year = parseYear(sourcePart);
  const venue = cleanText(sourcePart.replace(/,?\s*(1[5-9]\d\d|20\d\d)\s*$/, '')) || null;
  return { authors, venue: venue && /^(?:…|\.\.\.)$/.test(venue) ? null : venue, year };
}

function digitsIn(text: string): number | null {
  const match = /\d[\d,.\s\u00a0]*/.exec(text);
  return match ? parseCount(match[0]) : null;
}
