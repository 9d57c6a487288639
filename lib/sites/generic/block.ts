import { parseYear } from '../dom';
import { headingYear } from './headings';
import { isPersonName, readNameList } from './names';
import { ARXIV_HOST, DOI_HOST, PDF_PATH, SELECTORS as S } from './selectors';
import { cleanText } from '../dom';
import { isInvisible, SEGMENT, segmentedText, visibleText, type TextMemo } from './text';

/** Features the detector reads from one candidate entry. */
export interface BlockFeatures {
  element: Element;
  text: string;
  /** The visible text with `SEGMENT` between block-level parts. */
  segmented: string;
  year: number | null;
  names: string[];
  /** The entry has a title-like span: a title element, a linked or emphasised phrase, or "(YYYY). Title". */
  titled: boolean;
  /** The entry links a DOI, an arXiv record or a PDF, or carries `data-doi`. */
  identified: boolean;
  /** The entry has a DOI (link, `data-doi`) or an arXiv link. */
  strongId: boolean;
  /** The entry names a venue in a venue element or in italics. */
  venueCue: boolean;
  /** Person names the entry highlights (`em`, `strong`, a highlight class). */
  highlighted: string[];
}

const MIN_TEXT = 25;
/** Entries read beside an established list may be shorter ("Refrigeration A Einstein"). */
const MIN_TEXT_UNDATED = 12;
const MAX_TEXT = 1500;
const ANY_YEAR = /(?:19|20)\d\d/;
const LATEST_YEAR = new Date().getFullYear() + 1;
/**
 * An APA date in parentheses: "(2020)", "(2020a)", "(2020, March)", "(n.d.)" or "(in press)". The
 * group `year` is the year, where one is given.
 */
export const APA_DATE = String.raw`\(\s*(?:(?<year>(?:19|20)\d\d)[a-z]?(?:,[^()]{1,30})?|n\.\s?d\.|in press|forthcoming|accepted|submitted)\s*\)`;
const APA_DATES = new RegExp(APA_DATE, 'g');
const LEADING_APA_DATE = new RegExp(String.raw`^\s*` + APA_DATE);
const APA_TITLE_SPAN = new RegExp(String.raw`(?<!\d)(?:` + APA_DATE + String.raw`|(?:19|20)\d\d[a-z]?)\.\s+\S+\s+\S+\s+\S+`);

/** Tests cheaply, before the full reading, for a plausible length and a four-digit year here or in a heading above. */
export function mayBeEntry(element: Element, memo?: TextMemo): boolean {
  const raw = segmentedText(element, memo);
  return raw.length >= MIN_TEXT && raw.length <= MAX_TEXT * 3 && (ANY_YEAR.test(raw) || headingYear(element) !== null);
}

/**
 * Reads an entry's features, or returns null when it lacks a year or names: two or more, or one
 * that is highlighted, fills an author element or a line of its own. With `inList`, because the
 * entry's siblings already form a list, an entry without a year is kept, and so is one without
 * names when it has a title element.
 */
export function readBlock(element: Element, memo?: TextMemo, inList = false): BlockFeatures | null {
  const segmented = segmentedText(element, memo);
  const text = cleanText(segmented.split(SEGMENT).join(' '));
  if (text.length < (inList ? MIN_TEXT_UNDATED : MIN_TEXT) || text.length > MAX_TEXT) return null;
  const year = entryYear(text) ?? headingYear(element);
  if (year === null && !inList) return null;

  const highlighted = highlightedNames(element);
  const { names } = readNameList(withoutYears(segmented));
  const named = names.length >= 2 || highlighted.length > 0 || (names.length === 1 && soleAuthor(element, segmented, text, names[0]!));
  // An entry without authors still joins an established list when it has a title element.
  if (!named && !(inList && element.querySelector(S.title))) return null;
  const titled = hasTitleSpan(element, text, names);
  if (!titled) return null;

  return {
    element,
    text,
    segmented,
    year,
    names,
    titled,
    identified: hasIdentifier(element, true),
    strongId: hasIdentifier(element, false),
    venueCue: element.querySelector(S.venue) !== null || hasItalicVenue(element),
    highlighted,
  };
}

/** Returns the last plausible year in the text, because the publication year follows the title in most styles. */
function entryYear(text: string): number | null {
  const matches = text.match(/(?<!\d)(?:19|20)\d\d(?!\d)/g) ?? [];
  for (let index = matches.length - 1; index >= 0; index--) {
    const year = parseYear(matches[index]);
    if (year !== null && year >= 1900 && year <= LATEST_YEAR) return year;
  }
  return null;
}

function highlightedNames(element: Element): string[] {
  const names: string[] = [];
  for (const mark of Array.from(element.querySelectorAll(S.highlight))) {
    if (isInvisible(mark, element)) continue;
    const text = visibleText(mark).replace(/[,;]+$/, '');
    if (isPersonName(text)) names.push(text);
  }
  return names;
}

/**
 * Tests for a title-like span that is not the author list: a title element, the sentence after
 * "(YYYY)." (APA) or after the names, a quoted phrase, or a link or emphasised phrase.
 */
function hasTitleSpan(element: Element, text: string, names: string[]): boolean {
  if (element.querySelector(S.title)) return true;
  if (APA_TITLE_SPAN.test(text)) return true;
  if (/[“"«„][^”"»]{12,}[”"»]/.test(text)) return true;
  if (titleAfterNames(text, names)) return true;
  const nameSet = new Set(names);
  for (const span of Array.from(element.querySelectorAll(S.emphasis))) {
    const spanText = visibleText(span);
    if (!isTitleLike(spanText, text) || nameSet.has(spanText) || isPersonName(spanText)) continue;
    if (readNameList(spanText).names.length < 2 || opensEntry(spanText, text)) return true;
  }
  return false;
}

function hasIdentifier(element: Element, withPdf: boolean): boolean {
  if (element.querySelector(`[${S.doiAttribute}]`)) return true;
  for (const link of Array.from(element.querySelectorAll('a[href]'))) {
    const href = link.getAttribute('href') ?? '';
    if (DOI_HOST.test(href) || ARXIV_HOST.test(href) || (withPdf && PDF_PATH.test(href))) return true;
  }
  return false;
}

function hasItalicVenue(element: Element): boolean {
  for (const italic of Array.from(element.querySelectorAll('em, i, cite'))) {
    const text = visibleText(italic);
    if (text.length >= 3 && !isPersonName(text)) return true;
  }
  return false;
}

/** Replaces an APA date ("(2023)", "(n.d.)") with a segment break, so "Lee Park, Nora Okafor (2023). Title" ends its name list. */
export function withoutYears(text: string): string {
  return text.replace(APA_DATES, ` ${SEGMENT} `);
}

/**
 * Tests whether a single author fills an author element or a line of the entry alone, or opens
 * the entry before an APA date ("Smith, J. (2020). Title").
 */
function soleAuthor(element: Element, segmented: string, text: string, name: string): boolean {
  if (element.querySelector(S.authors)) return true;
  if (text.startsWith(name) && LEADING_APA_DATE.test(text.slice(name.length))) return true;
  return segmented.split(SEGMENT).some((segment) => segment.trim().replace(/[.,;]+$/, '') === name);
}

/**
 * Tests for three or more words, or a shorter phrase of 8+ characters that opens the entry
 * (Scholar's one-word titles). Button labels ("PDF", "Code") are short and do not open entries.
 */
export function isTitleLike(spanText: string, entryText: string): boolean {
  if (spanText.split(' ').length >= 3) return true;
  return spanText.length >= 8 && entryText.startsWith(spanText) && !/^(?:19|20)\d\d$/.test(spanText);
}

/** Returns the sentence of three or more words right after the author list ("A, B, C: Title. Venue"), or null. */
export function titleAfterNames(text: string, names: string[]): string | null {
  const last = names[names.length - 1];
  const at = last ? text.indexOf(last) : -1;
  if (!last || at < 0) return null;
  const sentence = /^\s*[:.,]\s*(.+?[.?!])(?=\s|$)/.exec(text.slice(at + last.length))?.[1];
  return sentence && sentence.split(' ').length >= 3 && !/^(?:19|20)\d\d\b/.test(sentence) ? sentence : null;
}

/**
 * Tests whether a phrase without list punctuation opens the entry. Such a phrase is a title even
 * when it reads like names ("Graviton Mass and Inertia Mass"), because author lists have commas.
 */
export function opensEntry(spanText: string, entryText: string): boolean {
  return spanText.length >= 4 && entryText.startsWith(spanText) && !/[,;|]/.test(spanText) && !isPersonName(spanText);
}
