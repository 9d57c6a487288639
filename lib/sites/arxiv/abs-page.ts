import { extractArxivId, extractArxivVersion } from '../../model/ids';
import { httpUrl, parseYear, textOf } from '../dom';
import type { ParsedRow, ProfilePage } from '../types';
import { parseSubjects } from './categories';
import { toParsedRow, yearOfArxivId } from './record';
import { SELECTORS } from './selectors';

const S = SELECTORS.abs;

/** Reads the arXiv id of an abstract page from its URL, its canonical link or its citation metadata. */
export function absPageId(doc: Document, url: URL): string | null {
  const fromUrl = url.hostname.endsWith('arxiv.org') ? extractArxivId(url.href) : null;
  const canonical = doc.querySelector(S.canonical)?.getAttribute('href') ?? '';
  const meta = doc.querySelector(S.metaId)?.getAttribute('content') ?? '';
  return fromUrl ?? extractArxivId(canonical) ?? extractArxivId(meta, { bare: true });
}

/** Reads the one paper of an abstract page (`arxiv.org/abs/<id>`). */
export function parseAbsPage(doc: Document, page: ProfilePage): ParsedRow[] {
  const root = doc.querySelector(S.root);
  const arxivId = absPageId(doc, new URL(page.pageUrl));
  if (!root || !arxivId) return [];
  const withoutDescriptor = (el: Element) => el.matches(S.descriptor);
  const authors = Array.from(root.querySelectorAll(S.authors)).flatMap((link) => {
    const name = textOf(link);
    const url = httpUrl(link.getAttribute('href'), page.pageUrl);
    return name ? [{ name, ...(url && { url }) }] : [];
  });
  const doi = doc.querySelector(S.journalDoi)?.getAttribute('href') ?? null;
  const year = parseYear(doc.querySelector(S.metaDate)?.getAttribute('content')) ?? yearOfArxivId(arxivId);
  const entry = {
    arxivId,
    title: textOf(root.querySelector(S.title), withoutDescriptor),
    authors,
    abstract: textOf(root.querySelector(S.abstract), withoutDescriptor),
    comments: textOf(root.querySelector(S.comments)),
    journalRef: textOf(root.querySelector(S.journalRef)),
    doi,
    categories: parseSubjects(textOf(root.querySelector(S.subjects))),
    year,
    version: extractArxivVersion(page.pageUrl) ?? extractArxivVersion(doc.querySelector(S.metaUrl)?.getAttribute('content') ?? ''),
  };
  if (!entry.title) return [{ element: root, paper: null, warning: `arXiv ${arxivId}: the page has no title` }];
  return [toParsedRow(root, entry, page)];
}
