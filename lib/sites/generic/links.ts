import { extractArxivId, normalizeDoi } from '../../model/ids';
import type { CodeLink, PaperIds, PaperLink } from '../../model';
import { httpUrl } from '../dom';
import { ARXIV_HOST, CODE_HOSTS, DOI_HOST, PDF_PATH, SELECTORS as S } from './selectors';
import { isPersonName } from './names';
import { visibleText } from './text';

export interface EntryLinks {
  ids: PaperIds;
  links: PaperLink[];
  codeLinks: CodeLink[];
}

/**
 * Reads identifiers and links from an entry's links and `data-doi` badges. Links to a place on
 * the same page (`#abstract`), script links and links on author names are skipped.
 */
export function readLinks(entry: Element, base: string, titleElement: Element | null): EntryLinks {
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
    const sameSite = new URL(url).host === new URL(base).host;
    links.push({ kind: linkKind(url, { arxiv, doi, sameSite, title: titleElement?.contains(anchor) ?? false }), url });
  }

  if (ids.arxiv && !links.some((link) => link.kind === 'arxiv')) links.push({ kind: 'arxiv', url: `https://arxiv.org/abs/${ids.arxiv}` });
  if (ids.doi && !links.some((link) => link.kind === 'doi')) links.push({ kind: 'doi', url: `https://doi.org/${ids.doi}` });
  return { ids, links, codeLinks };
}

function linkKind(url: string, found: { arxiv: string | null; doi: string | null; sameSite: boolean; title: boolean }): PaperLink['kind'] {
  if (PDF_PATH.test(url)) return 'pdf';
  if (found.arxiv) return 'arxiv';
  if (found.doi) return 'doi';
  if (found.title) return 'detail';
  return found.sameSite ? 'other' : 'publisher';
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
