import { extractArxivId, normalizeDoi } from '../../model/ids';
import type { CodeLink, PaperIds, PaperLink } from '../../model';
import { httpUrl } from '../dom';
import {
  ARTICLE_DOI_PREFIXES,
  ARXIV_HOST,
  ARXIV_PDF,
  CODE_HOSTS,
  DOI_HOST,
  PDF_PATH,
  PREPRINT_DOI_SUFFIX,
  PREPRINT_HOSTS,
  PUBLISHER_HOSTS,
  SELECTORS as S,
} from './selectors';
import { isPersonName } from './names';
import { visibleText } from './text';

export interface EntryLinks {
  ids: PaperIds;
  links: PaperLink[];
  codeLinks: CodeLink[];
}

/**
 * Reads identifiers and links from an entry's links, `data-doi` badges and the DOI or arXiv id in its
 * visible `text`. Links to a place on the same page (`#abstract`), script links and links on author
 * names are skipped.
 */
export function readLinks(entry: Element, text: string, base: string, titleElement: Element | null): EntryLinks {
  const ids: PaperIds = {};
  const links: PaperLink[] = [];
  const codeLinks: CodeLink[] = [];
  const seen = new Set<string>();

  for (const badge of Array.from(entry.querySelectorAll(`[${S.doiAttribute}]`))) {
    const doi = normalizeDoi(badge.getAttribute(S.doiAttribute) ?? '');
    if (doi && !ids.doi) ids.doi = doi;
  }

  for (const anchor of Array.from(entry.querySelectorAll('a[href]'))) {
    const href = anchor.getAttribute('href') ?? '';
    if (href.startsWith('#') || isHiddenLink(anchor, entry)) continue;
    // Links on author names lead to the authors' pages, so they are not links of the paper.
    if (isPersonName(visibleText(anchor))) continue;
    const url = httpUrl(href, base);
    if (!url || seen.has(url)) continue;
    seen.add(url);

    if (CODE_HOSTS.test(url)) {
      codeLinks.push({ url, source: 'page-link', site: 'generic' });
      continue;
    }
    const inMenu = anchor.closest('nav') !== null && entry.contains(anchor.closest('nav'));
    if (inMenu && !ARXIV_HOST.test(url) && !DOI_HOST.test(url) && !PDF_PATH.test(url)) continue;
    const arxiv = ARXIV_HOST.test(url) ? extractArxivId(url) : null;
    if (arxiv) ids.arxiv ??= arxiv;
    const doi = DOI_HOST.test(url) ? normalizeDoi(url) : null;
    if (doi) ids.doi ??= doi;
    const published = doi ? null : publishedDoi(url);
    if (published) ids.doi ??= published;
    const sameSite = new URL(url).host === new URL(base).host;
    links.push({ kind: linkKind(url, { arxiv, doi, sameSite, title: titleElement?.contains(anchor) ?? false }), url });
  }

  readTextIds(ids, text);
  if (ids.arxiv && !links.some((link) => link.kind === 'arxiv')) links.push({ kind: 'arxiv', url: `https://arxiv.org/abs/${ids.arxiv}` });
  if (ids.doi && !links.some((link) => link.kind === 'doi')) links.push({ kind: 'doi', url: `https://doi.org/${ids.doi}` });
  return { ids, links, codeLinks };
}

/** A DOI written out after "doi", "DOI:" or "doi.org/", as reference styles print it. */
const DOI_IN_TEXT = /(?:\bdoi\s*:?\s*|doi\.org\/)(10\.\d{4,9}\/[^\s"<>]+)/i;

/** Adds the DOI and arXiv id that an entry prints as plain text, where no link gave them. */
function readTextIds(ids: PaperIds, text: string): void {
  const written = ids.doi ? null : DOI_IN_TEXT.exec(text)?.[1];
  const doi = written ? normalizeDoi(written) : null;
  if (doi) ids.doi = doi;
  const arxiv = ids.arxiv ? null : extractArxivId(text);
  if (arxiv) ids.arxiv = arxiv;
}

function linkKind(url: string, found: { arxiv: string | null; doi: string | null; sameSite: boolean; title: boolean }): PaperLink['kind'] {
  if (PDF_PATH.test(url) || (found.arxiv && ARXIV_PDF.test(url))) return 'pdf';
  if (found.arxiv) return 'arxiv';
  if (found.doi) return 'doi';
  if (found.title) return 'detail';
  return !found.sameSite && PUBLISHER_HOSTS.test(url) ? 'publisher' : 'other';
}

/**
 * Reads the DOI in a publisher's article URL: in its path (`pnas.org/doi/10.1073/…`,
 * `link.springer.com/chapter/10.1007/…`), in a query value (`plos.org/…?id=10.1371/…`), or from an
 * article id that is a DOI's suffix (Nature, eLife).
 */
function publishedDoi(url: string): string | null {
  if (!PUBLISHER_HOSTS.test(url)) return null;
  for (const [pattern, prefix] of ARTICLE_DOI_PREFIXES) {
    const id = pattern.exec(url)?.[1];
    if (id) return normalizeDoi(prefix + id);
  }
  const parsed = new URL(url);
  const path = PREPRINT_HOSTS.test(url) ? parsed.pathname.replace(PREPRINT_DOI_SUFFIX, '') : parsed.pathname;
  const inPath = path.includes('/10.') ? normalizeDoi(path) : null;
  if (inPath) return inPath;
  for (const value of parsed.searchParams.values()) {
    if (value.startsWith('10.')) return normalizeDoi(value);
  }
  return null;
}

/**
 * Links in hidden BibTeX or abstract blocks are skipped. Links in an entry's menu (dblp's `nav`)
 * are read, but only identifier and PDF links among them.
 */
function isHiddenLink(anchor: Element, entry: Element): boolean {
  for (let node: Element | null = anchor; node && node !== entry; node = node.parentElement) {
    if (node.localName !== 'nav' && node.matches(S.invisible)) return true;
  }
  return false;
}
