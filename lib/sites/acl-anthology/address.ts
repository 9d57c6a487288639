import { textOf } from '../dom';
import { personSlugOf } from './rows';
import { SELECTORS as S } from './selectors';

/** Finds the owner's link on an ACL Anthology author page: each paper links to it with the heading's name. */
export function ownerAddress(doc: Document): string | null {
  const owner = textOf(doc.querySelector(S.name)).toLowerCase();
  if (!owner) return null;
  for (const link of Array.from(doc.querySelectorAll(`${S.column} ${S.author}`))) {
    const url = URL.parse(link.getAttribute('href') ?? '', 'https://aclanthology.org/');
    if (!url || !personSlugOf(url) || textOf(link).toLowerCase() !== owner) continue;
    // Anthology person addresses end in a slash, but happy-dom reads the unquoted attribute
    // `href=/people/a/name/>` as "/people/a/name" followed by a self-closing slash.
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    return url.href;
  }
  return null;
}
