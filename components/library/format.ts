import type { StoredPaper } from '@/lib/db/database';
import type { PaperLink } from '@/lib/model';
import { isHttpUrl } from '../safe-url';

/** Link kinds that lead to the paper itself, in the order the title link prefers them. */
const TITLE_LINK_KINDS: PaperLink['kind'][] = ['detail', 'publisher', 'doi', 'arxiv'];

/** Returns the URL the title links to, or null when no link of a title kind is http(s). */
export function titleLink(links: PaperLink[]): string | null {
  for (const kind of TITLE_LINK_KINDS) {
    for (const link of links) {
      if (link.kind === kind && isHttpUrl(link.url)) return link.url;
    }
  }
  return null;
}

/** Returns the http(s) code links of a paper without duplicates, in stored order. */
export function codeUrls(paper: StoredPaper): string[] {
  const urls = paper.codeLinks.map((link) => link.url).filter((url) => isHttpUrl(url));
  return Array.from(new Set(urls));
}

/** Returns a URL without its scheme and trailing slash, for link text. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//i, '').replace(/\/$/, '');
}

/** Joins the author names. A list that the site cut short ends in "et al.". */
export function authorLine(paper: StoredPaper): string {
  const names = paper.authors.map((author) => author.name).join(', ');
  if (!paper.authorsTruncated) return names;
  return names ? `${names} et al.` : 'et al.';
}

/** Returns the venue, year and citation count that the paper has, as separate display strings. */
export function metaParts(paper: StoredPaper): string[] {
  const parts: string[] = [];
  if (paper.venue) {
    const cut = paper.venueTruncated && !/(…|\.\.\.)$/.test(paper.venue);
    parts.push(cut ? `${paper.venue}…` : paper.venue);
  }
  if (paper.year !== null) parts.push(String(paper.year));
  if (paper.citations !== null) {
    parts.push(`${paper.citations} ${paper.citations === 1 ? 'citation' : 'citations'}`);
  }
  return parts;
}
