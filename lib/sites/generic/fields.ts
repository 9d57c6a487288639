import { cleanText, parseYear } from '../dom';
import { APA_DATE, opensEntry, titleAfterNames, withoutYears, type BlockFeatures } from './block';
import { isPersonName, nameKey, readNameList } from './names';
import { SELECTORS as S } from './selectors';
import { headingYear } from './headings';
import { isInvisible, SEGMENT, visibleText } from './text';

/** The fields read from an entry's visible markup and text. */
export interface VisibleFields {
  title: string | null;
  /** The element holding the title, when the title is one element's text. */
  titleElement: Element | null;
  authors: string[];
  authorsTruncated: boolean;
  venue: string | null;
  year: number | null;
}

const APA_TITLE = new RegExp(String.raw`(?<!\d)` + APA_DATE + String.raw`\.\s+(?<title>.+?[.?!])(?=\s|$)`);
const APA_YEAR = new RegExp(APA_DATE);
const QUOTED = /[“"«„]([^”"»]{12,}?)[,.]?[”"»]/;

/** Reads title, authors, venue and year, in that order, each from its most specific source. */
export function readVisibleFields(block: BlockFeatures): VisibleFields {
  const { title, element: titleElement } = readTitle(block);
  const { authors, truncated } = readAuthors(block, title);
  const venue = readVenue(block, title, authors);
  return { title, titleElement, authors, authorsTruncated: truncated, venue, year: readYear(block) };
}

function readTitle(block: BlockFeatures): { title: string | null; element: Element | null } {
  const named = visibleChild(block.element, S.title);
  if (named) return { title: trimTitle(visibleText(named)), element: named };
  const opening = openingSpan(block);
  if (opening) return { title: trimTitle(visibleText(opening)), element: opening };
  const apa = APA_TITLE.exec(block.text)?.groups?.title;
  if (apa) return { title: trimTitle(apa), element: null };
  const quoted = QUOTED.exec(block.text)?.[1];
  if (quoted) return { title: trimTitle(quoted), element: null };
  const strong = titleSpan(block, 'a[href], strong, b, cite');
  if (strong) return { title: trimTitle(visibleText(strong)), element: strong };
  // "A, B, C: Title. Venue (2009)": the sentence after the names, before any italic venue.
  const sentence = titleAfterNames(block.text, block.names);
  if (sentence) return { title: trimTitle(sentence), element: null };
  const emphasised = titleSpan(block, 'i, em, span');
  return { title: emphasised ? trimTitle(visibleText(emphasised)) : null, element: emphasised };
}

/** Returns the link or bold phrase that opens the entry (Scholar's title link), when it is not a name. */
function openingSpan(block: BlockFeatures): Element | null {
  for (const span of Array.from(block.element.querySelectorAll('a[href], strong, b, cite'))) {
    if (isInvisible(span, block.element)) continue;
    return opensEntry(visibleText(span), block.text) ? span : null;
  }
  return null;
}

/** Returns the first element matching `selector` whose text reads as a title and not as names. */
function titleSpan(block: BlockFeatures, selector: string): Element | null {
  for (const span of Array.from(block.element.querySelectorAll(selector))) {
    if (isInvisible(span, block.element)) continue;
    const text = visibleText(span);
    if (text.split(' ').length < 3 || text === block.text || isPersonName(text)) continue;
    if (readNameList(text).names.length >= 2 || /^(?:19|20)\d\d$/.test(text)) continue;
    return span;
  }
  return null;
}

function readAuthors(block: BlockFeatures, title: string | null): { authors: string[]; truncated: boolean } {
  const named = visibleChild(block.element, S.authors);
  if (named) {
    const list = readNameList(visibleText(named));
    if (list.names.length > 0) return { authors: list.names, truncated: list.truncated };
  }
  const withoutTitle = title ? block.segmented.replace(title, SEGMENT) : block.segmented;
  const list = readNameList(withoutYears(withoutTitle));
  if (list.names.length > 0) return { authors: list.names, truncated: list.truncated };
  return { authors: block.highlighted.slice(0, 1), truncated: false };
}

function readVenue(block: BlockFeatures, title: string | null, authors: string[]): string | null {
  const named = visibleChild(block.element, S.venue);
  if (named) return cleanVenue(visibleText(named));
  for (const italic of Array.from(block.element.querySelectorAll('em, i, cite'))) {
    const text = visibleText(italic);
    if (text.length >= 3 && text !== title && !isAuthorName(text, authors) && !title?.includes(text)) {
      return cleanVenue(text + volumeAfter(block.text, text));
    }
  }
  const segments = block.segmented.split(SEGMENT).map((segment) => segment.trim()).filter(Boolean);
  const lastAuthor = authors[authors.length - 1];
  const authorsAt = lastAuthor ? segments.findIndex((segment) => segment.includes(lastAuthor)) : -1;
  const titleAt = title ? segments.findIndex((segment) => segment.includes(title)) : -1;
  const after = Math.max(authorsAt, titleAt);
  const candidates = after >= 0 ? segments.slice(after + 1) : [];
  const tail = title && block.text.includes(title) ? block.text.slice(block.text.indexOf(title) + title.length) : '';
  return cleanVenue(candidates.find((segment) => !/^\d+$/.test(segment)) ?? tail);
}

/** ", 110(3), 700–712" or ", 12, pp. 45-67" after a journal's name: its volume, issue and pages. */
const VOLUME_TAIL = /^\s*,\s*(\d{1,5})\s*(?:\(\s*([\w–-]{1,15})\s*\))?\s*(?:,\s*(?:pp?\.\s*)?([A-Za-z]?\d{1,7}(?:\s*[-–]\s*[A-Za-z]?\d{1,7})?))?/;

/**
 * Returns the volume, issue and pages that follow the venue in the entry, written as Scholar writes
 * them after the name (" 110 (3), 700–712"), or "" when none follow. A year after the name is not a volume.
 */
function volumeAfter(text: string, venue: string): string {
  const at = text.indexOf(venue);
  const match = at >= 0 ? VOLUME_TAIL.exec(text.slice(at + venue.length)) : null;
  if (!match) return '';
  const [, volume, issue, pages] = match;
  if (!issue && !pages && /^(?:19|20)\d\d$/.test(volume!)) return '';
  return ` ${volume}${issue ? ` (${issue})` : ''}${pages ? `, ${pages.replace(/\s+/g, '')}` : ''}`;
}

/**
 * Tells whether an emphasised text is one of the entry's authors (pages often emphasise the owner).
 * A venue that reads like a name ("Revista de Fisica") is not one, unless no author list was found.
 */
function isAuthorName(text: string, authors: string[]): boolean {
  if (!isPersonName(text)) return false;
  const key = nameKey(text);
  return authors.length === 0 || authors.some((author) => nameKey(author) === key);
}

/** Drops the year, "In"/"In:" before the name, and punctuation left at either end. */
function cleanVenue(text: string): string | null {
  const venue = cleanText(text)
    .replace(/\(\s*(?:19|20)\d\d[a-z]?\s*\)/g, '')
    .replace(/,?\s*(?:19|20)\d\d\s*[.,]?\s*$/, '')
    .replace(/^\s*In:?\s+/, '')
    .replace(/^[\s.,:;]+|[\s.,:;]+$/g, '');
  return venue.length >= 2 && !/^\d+$/.test(venue) ? venue : null;
}

/** Returns the year of the venue element, a "(YYYY)" in the text, a year heading above, or the last year in the text. */
function readYear(block: BlockFeatures): number | null {
  const venue = visibleChild(block.element, S.venue);
  const fromVenue = venue ? parseYear(visibleText(venue)) : null;
  if (fromVenue) return fromVenue;
  const parenthesised = APA_YEAR.exec(block.text)?.groups?.year;
  if (parenthesised) return Number(parenthesised);
  return headingYear(block.element) ?? block.year;
}

function visibleChild(element: Element, selector: string): Element | null {
  for (const child of Array.from(element.querySelectorAll(selector))) {
    if (!isInvisible(child, element) && visibleText(child)) return child;
  }
  return null;
}

function trimTitle(text: string): string | null {
  const title = cleanText(text.split(SEGMENT).join(' ')).replace(/^[\s"“”«»„]+|[\s"“”«».,]+$/g, '');
  return title.split(' ').length >= 2 ? title : null;
}
