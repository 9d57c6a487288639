import { derivePaperId } from '../../model/ids';
import type { Author, PublicationType } from '../../model';
import { httpUrl, parseYear, textOf } from '../dom';
import type { ParsedRow, ProfilePage } from '../types';
import { recordRow } from '../record';
import { personIdOf } from './hosts';
import { identifiersOf } from './identifiers';
import { stripHomonymNumber, stripTitlePeriod } from './names';
import { ENTRY_TYPES, SELECTORS as S } from './selectors';

/** Reads one `li.entry`. An entry without a title is skipped with a warning; nothing throws. */
export function parseEntry(entry: Element, page: ProfilePage): ParsedRow {
  const data = entry.querySelector(S.data);
  const title = stripTitlePeriod(textOf(data?.querySelector(S.title)));
  if (!data || !title) return { element: entry, paper: null, warning: 'dblp entry has no title' };

  const key = entry.getAttribute('id') || null;
  const editions = Array.from(entry.querySelectorAll(S.editions)).map((link) => link.getAttribute('href') ?? '');
  const { ids, links, arxivVersion } = identifiersOf(key, editions, page.pageUrl);
  const year = yearOf(entry) ?? parseYear(textOf(data.querySelector(S.datePublished)));
  const type = typeOf(entry);

  const candidate = {
    id: derivePaperId(ids, title, year),
    title,
    ...(type && { type }),
    authors: authorsOf(data, page),
    authorsTruncated: false,
    venue: venueOf(data),
    year,
    citations: null,
    ids,
    ...(arxivVersion && { arxivVersion }),
    links,
    codeLinks: [],
    topics: [],
  };
  return recordRow(entry, candidate);
}

/** Returns the year of the nearest `li.year` separator above the entry. */
function yearOf(entry: Element): number | null {
  for (let node = entry.previousElementSibling; node; node = node.previousElementSibling) {
    if (node.matches(S.yearSeparator)) return parseYear(textOf(node));
  }
  return null;
}

function typeOf(entry: Element): PublicationType | null {
  for (const [className, type] of Object.entries(ENTRY_TYPES)) {
    if (entry.classList.contains(className)) return type;
  }
  return entry.classList.length > 1 ? 'other' : null;
}

/**
 * Authors, or editors on an editorship, in page order. The page owner has no link on person
 * pages, so the owner's id comes from the page.
 */
function authorsOf(data: Element, page: ProfilePage): Author[] {
  const authors: Author[] = [];
  for (const person of Array.from(data.querySelectorAll(S.person))) {
    const nameNode = person.querySelector(S.personName) ?? person;
    const name = stripHomonymNumber(nameNode.getAttribute('title') || textOf(nameNode));
    if (!name) continue;
    const url = httpUrl(person.querySelector(S.personLink)?.getAttribute('href'), page.pageUrl);
    let siteId = url ? personIdOf(url) : null;
    if (!url && nameNode.matches(S.thisPerson)) siteId = page.profileId;
    authors.push({ name, ...(url && { url }), ...(siteId && { siteId }) });
  }
  return authors;
}

/**
 * Venue name with the volume, issue and pages when given, as dblp writes them: "CoRR abs/2303.14702",
 * "Nature 521(7553): 436-444", "ICXX: 101-112".
 */
function venueOf(data: Element): string | null {
  const name = textOf(data.querySelector(S.venueName));
  if (!name) return null;
  const volume = textOf(data.querySelector(S.volume));
  const issue = textOf(data.querySelector(S.issue));
  const pages = textOf(data.querySelector(S.pagination));
  const venue = [name, volume && `${volume}${issue ? `(${issue})` : ''}`].filter(Boolean).join(' ');
  return pages ? `${venue}: ${pages}` : venue;
}
