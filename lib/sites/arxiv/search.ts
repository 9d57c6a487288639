import { extractArxivId } from '../../model/ids';
import { httpUrl, parseYear, textOf } from '../dom';
import type { ParsedRow, ProfilePage } from '../types';
import type { Category } from './categories';
import { toParsedRow, yearOfArxivId } from './record';
import { SELECTORS } from './selectors';

const S = SELECTORS.search;

/** Reads one search result (`li.arxiv-result`). */
export function parseSearchResult(result: Element, page: ProfilePage): ParsedRow {
  const arxivId = extractArxivId(result.querySelector(S.idLink)?.getAttribute('href') ?? '', { bare: true });
  if (!arxivId) return { element: result, paper: null, warning: 'arXiv search result has no id link' };

  const authors = Array.from(result.querySelectorAll(S.authors)).flatMap((link) => {
    const name = textOf(link);
    const url = httpUrl(link.getAttribute('href'), page.pageUrl);
    return name ? [{ name, ...(url && { url }) }] : [];
  });
  const withoutToggle = (el: Element) => el.localName === S.abstractToggle;
  const abstract = textOf(result.querySelector(S.abstractFull), withoutToggle) || textOf(result.querySelector(S.abstractShort), withoutToggle);
  const comments = Array.from(result.querySelectorAll(S.comments))
    .map((line) => textOf(line, (el) => el.matches(S.commentLabel)))
    .join(' ');
  const entry = {
    arxivId,
    title: textOf(result.querySelector(S.title)),
    authors,
    abstract,
    comments,
    journalRef: '',
    doi: result.querySelector(S.doiLink)?.getAttribute('href') ?? null,
    categories: categoriesOf(result),
    year: yearOfArxivId(arxivId) ?? parseYear(textOf(result.querySelector(S.dates))),
    version: null,
  };
  if (!entry.title) return { element: result, paper: null, warning: `arXiv ${arxivId}: search result has no title` };
  return toParsedRow(result, entry, page);
}

/** Category tags, the primary (`is-link`) first; the tag text is the id, the tooltip the name. */
function categoriesOf(result: Element): Category[] {
  const tags = Array.from(result.querySelectorAll(S.category));
  const primaryFirst = [...tags.filter((tag) => tag.classList.contains(S.primaryCategoryClass)), ...tags.filter((tag) => !tag.classList.contains(S.primaryCategoryClass))];
  return primaryFirst.flatMap((tag) => {
    const id = textOf(tag);
    const name = tag.getAttribute('data-tooltip')?.trim() || id;
    return /^[a-z-]+(?:\.[A-Za-z-]+)?$/.test(id) ? [{ id, name }] : [];
  });
}
