import type { CodeLink } from '../../model';
import { httpUrl } from '../dom';

/** Hosts of papers and identifiers, not of code or project pages. */
const NOT_CODE = /(^|\.)(arxiv\.org|doi\.org|dx\.doi\.org|creativecommons\.org)$/i;

/** Code hosts whose links are often written without a scheme ("github.com/org/repo"). */
const BARE_CODE_HOST = /(?<![\w./])((?:github\.com|gitlab\.com|bitbucket\.org|huggingface\.co|codeberg\.org)\/[\w.~%/-]+)/gi;

/**
 * Code or project URLs in free text (an abstract or an arXiv comments line). Every http(s) URL
 * counts except links to papers and identifiers; bare links to known code hosts get https.
 */
export function findCodeLinks(text: string, source: 'abstract' | 'comments'): CodeLink[] {
  const found = new Set<string>();
  for (const match of text.matchAll(/https?:\/\/[^\s<>"'(){}[\]]+/gi)) found.add(trimUrl(match[0]));
  for (const match of text.matchAll(BARE_CODE_HOST)) if (match[1]) found.add(`https://${trimUrl(match[1])}`);

  const links: CodeLink[] = [];
  for (const candidate of found) {
    const url = httpUrl(candidate, 'https://arxiv.org/');
    if (!url || NOT_CODE.test(new URL(url).hostname)) continue;
    if (links.some((link) => sameUrl(link.url, url))) continue;
    links.push({ url, source, site: 'arxiv' });
  }
  return links;
}

/** Drops sentence punctuation that ends a URL in prose ("see https://x.org/a."). */
function trimUrl(url: string): string {
  return url.replace(/[.,;:!?]+$/, '');
}

function sameUrl(a: string, b: string): boolean {
  return a.replace(/\/$/, '').toLowerCase() === b.replace(/\/$/, '').toLowerCase();
}
