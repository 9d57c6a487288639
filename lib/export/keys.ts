import { hash64 } from '../model/ids';
import type { Paper } from '../model/paper';
import { splitName } from './person';

const STOP_WORDS = new Set([
  'a', 'an', 'the', 'on', 'of', 'in', 'for', 'and', 'to', 'with', 'from', 'by', 'at', 'as', 'via', 'is', 'are', 'towards',
]);

/** Latin letters that NFKD does not decompose into a base letter and a mark. */
const FOLDS: Record<string, string> = { ø: 'o', ł: 'l', đ: 'd', ð: 'd', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ı: 'i' };

const TAG_LENGTH = 4;
const LONG_TAG_LENGTH = 8;

/**
 * Builds the citation key of one paper: `<family><year><word>-<tag>`, such as
 * `halvorsen2016adaptive-qmxd`. The family name is the first author's, ASCII-folded, with a dblp
 * homonym number removed ("anon" without authors, left out when it has no Latin letters). The word is
 * the first title word that is not a stop word. The tag is four letters from a hash of the paper id,
 * so a paper gets the same key in every export and two papers by one author in one year still differ.
 */
export function citationKey(paper: Paper, tagLength = TAG_LENGTH): string {
  const firstAuthor = paper.authors[0];
  const family = firstAuthor ? asciiFold(splitName(firstAuthor.name).family) : 'anon';
  const year = paper.year === null ? '' : String(paper.year);
  const word = firstKeyWord(paper.title);

  return `${family}${year}${word ?? ''}-${idTag(paper.id, tagLength)}`.replace(/^-/, 'paper-');
}

/**
 * Maps each paper id to its citation key. Papers whose short keys still clash get an eight-letter tag.
 * NOTE: only such a clash (a chance of 1 in 26^4, about 457,000, for two papers with the same
 * family name, year and word) makes a key depend on the other papers in the export.
 */
export function citationKeys(papers: Paper[]): Map<string, string> {
  const keys = new Map(papers.map((paper) => [paper.id, citationKey(paper)]));

  const idsByKey = new Map<string, string[]>();
  for (const [id, key] of keys) idsByKey.set(key, [...(idsByKey.get(key) ?? []), id]);

  for (const paper of papers) {
    const key = keys.get(paper.id);
    if (key && (idsByKey.get(key)?.length ?? 0) > 1) keys.set(paper.id, citationKey(paper, LONG_TAG_LENGTH));
  }
  return keys;
}

/** Returns the first title word that folds to ASCII and is not a stop word, folding no more words than needed. */
function firstKeyWord(title: string): string | undefined {
  for (const token of title.split(/[^\p{L}\p{N}]+/u)) {
    const folded = asciiFold(token);
    if (folded.length > 0 && !STOP_WORDS.has(folded)) return folded;
  }
  return undefined;
}

/** Lower-cases text and reduces it to ASCII letters and digits ("Kovač" → "kovac", "Ørsted" → "orsted"). */
export function asciiFold(text: string): string {
  if (/^[a-z0-9]*$/i.test(text)) return text.toLowerCase();
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\x00-\x7f]/g, (char) => FOLDS[char] ?? '')
    .replace(/[^a-z0-9]/g, '');
}

/** Spells a hash of the id as lowercase letters, so the tag never looks like a year or a homonym number. */
function idTag(id: string, length: number): string {
  const hex = hash64(id);
  let tag = '';
  for (const half of [hex.slice(8), hex.slice(0, 8)]) {
    let value = parseInt(half, 16);
    for (let i = 0; i < 4; i++) {
      tag += String.fromCharCode(97 + (value % 26));
      value = Math.floor(value / 26);
    }
  }
  return tag.slice(0, length);
}
