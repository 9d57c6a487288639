import { derivePaperId } from '../../model/ids';
import type { Author, PaperLink } from '../../model';
import { httpUrl, parseYear, textOf } from '../dom';
import type { ParsedRow, ProfilePage } from '../types';
import { recordRow } from '../record';
import { SELECTORS as S } from './selectors';

const ORIGIN = 'https://aclanthology.org/';

/** Reads one paper row. A row without a title link is skipped with a warning; nothing throws. */
export function parseRow(row: Element, page: ProfilePage): ParsedRow {
  const titleLink = row.querySelector(S.titleLink);
  const title = textOf(titleLink);
  if (!titleLink || !title) return { element: row, paper: null, warning: 'ACL Anthology row has no title link' };

  const base = page.pageUrl.startsWith('http') ? page.pageUrl : ORIGIN;
  const detailUrl = httpUrl(titleLink.getAttribute('href'), base);
  const anthologyId = anthologyIdOf(titleLink.getAttribute('href'));
  const pdfUrl = httpUrl(row.querySelector(S.pdf)?.getAttribute('href'), base);
  const year = yearOf(row);
  const ids = anthologyId ? { aclAnthology: anthologyId } : {};

  const links: PaperLink[] = [];
  if (detailUrl) links.push({ kind: 'detail', url: detailUrl });
  if (pdfUrl) links.push({ kind: 'pdf', url: pdfUrl });
  const abstract = textOf(abstractBoxOf(row)?.querySelector(S.abstractText));

  const candidate = {
    id: derivePaperId(ids, title, year),
    title,
    authors: authorsOf(row, base),
    authorsTruncated: false,
    venue: textOf(row.querySelector(S.volume)) || null,
    year,
    citations: null,
    ids,
    links,
    codeLinks: [],
    topics: [],
    ...(abstract && { abstract }),
  };
  const warning = anthologyId ? undefined : `no Anthology id in the title link of "${title}"`;
  return recordRow(row, candidate, warning);
}

/** Reads the Anthology id from a title href: `/2022.in2writing-1.1/` or `/W19-4201/`. */
export function anthologyIdOf(href: string | null | undefined): string | null {
  let path: string;
  try {
    path = new URL(href ?? '', ORIGIN).pathname;
  } catch {
    return null;
  }
  const match = /^\/([\w.-]+?)\/?$/.exec(path);
  return match?.[1] && /\d/.test(match[1]) ? match[1] : null;
}

function yearOf(row: Element): number | null {
  for (let node = row.previousElementSibling; node; node = node.previousElementSibling) {
    if (node.matches(S.yearHeading)) return parseYear(textOf(node));
  }
  return null;
}

/** Returns the abstract box, which directly follows its row. A row followed by another row has none. */
function abstractBoxOf(row: Element): Element | null {
  const next = row.nextElementSibling;
  return next?.matches(S.abstractBox) ? next : null;
}

function authorsOf(row: Element, base: string): Author[] {
  return Array.from(row.querySelectorAll(S.author)).flatMap((link) => {
    const name = textOf(link);
    const url = httpUrl(link.getAttribute('href'), base);
    const siteId = url ? personSlugOf(new URL(url)) : null;
    return name ? [{ name, ...(url && { url }), ...(siteId && { siteId }) }] : [];
  });
}

/**
 * Returns the person slug of an author URL: `/people/a/andreas-madsack/` (2023 design) and
 * `/people/andreas-madsack/unverified/` (2026 design) both give "andreas-madsack".
 */
export function personSlugOf(url: URL): string | null {
  const parts = url.pathname.split('/').filter(Boolean);
  if (parts[0] !== 'people') return null;
  const slug = parts[1]?.length === 1 ? parts[2] : parts[1];
  return slug || null;
}
