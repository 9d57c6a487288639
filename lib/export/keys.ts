import { normalizeTitle } from '../model/ids';
import type { Paper } from '../model/paper';
import { arxivId, venueOf } from './fields';
import { splitName } from './person';

/** Articles, prepositions and conjunctions that a key's title word skips, in English, Portuguese, Spanish, French, German and Italian. */
const STOP_WORDS = new Set([
  'a', 'an', 'the', 'on', 'of', 'in', 'for', 'and', 'to', 'with', 'from', 'by', 'at', 'as', 'via', 'is', 'are', 'towards',
  // Portuguese and Spanish
  'o', 'os', 'um', 'uma', 'uns', 'umas', 'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'de', 'da', 'do', 'dos',
  'das', 'del', 'em', 'en', 'no', 'na', 'nos', 'nas', 'para', 'por', 'sobre', 'e', 'y',
  // French, German and Italian
  'le', 'les', 'une', 'des', 'du', 'au', 'aux', 'sur', 'et', 'der', 'die', 'dem', 'ein', 'eine', 'einer', 'zur', 'zum', 'uber', 'und',
  'il', 'lo', 'gli', 'uno', 'di', 'della',
]);

/** Lowercase Latin letters that NFKD does not decompose into a base letter and a mark, with their ASCII spelling. */
export const LATIN_LETTER_FOLDS: Record<string, string> = { ø: 'o', ł: 'l', đ: 'd', ð: 'd', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ı: 'i' };

/**
 * Builds the base citation key of one paper, `<family><year><word>`, such as `warriss1998analysis`.
 * The family name is the first author's, ASCII-folded, with a dblp homonym number removed ("anon"
 * without authors, left out when it has no Latin letters). The word is the first title word that
 * is not a stop word. A key that would not start with a letter gets the prefix "paper", as in
 * `paper2021` for a Chinese name and title. The key contains only `[a-z0-9]`.
 */
export function citationKey(paper: Paper): string {
  const firstAuthor = paper.authors[0];
  const family = firstAuthor ? asciiFold(splitName(firstAuthor.name).family) : 'anon';
  const year = paper.year === null ? '' : String(paper.year);
  const key = `${family}${year}${firstKeyWord(paper.title) ?? ''}`;
  return /^[a-z]/.test(key) ? key : `paper${key}`;
}

/**
 * Maps each paper id to its citation key in one export.
 *
 * A paper's key is its base key from `citationKey` when no other paper of the export has the same
 * base key. Papers that share a base key get the suffixes `-a`, `-b`, … (`-aa` follows `-z`) in the
 * order of their folded title, DOI, arXiv id and venue name, and papers equal in all four keep their
 * order in `papers`. Base keys contain only `[a-z0-9]` and suffixed keys contain a hyphen, so the
 * keys of one export are unique.
 *
 * The key reads none of the extension's own ids. An export to BibTeX, BibLaTeX or CSL-JSON and its
 * re-import keep the first author's family name, the year, the folded title, the DOI and the arXiv
 * id. A round trip therefore keeps the keys of papers that differ in one of these.
 * NOTE: adding or dropping a paper with the same base key changes the suffixes of the others.
 */
export function citationKeys(papers: Paper[]): Map<string, string> {
  const groups = new Map<string, Paper[]>();
  for (const paper of papers) {
    const base = citationKey(paper);
    const group = groups.get(base);
    if (group) group.push(paper);
    else groups.set(base, [paper]);
  }

  const keys = new Map<string, string>();
  for (const [base, group] of groups) {
    const [only] = group;
    if (group.length === 1 && only) {
      keys.set(only.id, base);
      continue;
    }
    sortByContent(group).forEach((paper, position) => keys.set(paper.id, `${base}-${letterSuffix(position)}`));
  }
  return keys;
}

/** Sorts a copy of `papers` by folded title, DOI, arXiv id and venue name, comparing code units. The sort is stable. */
function sortByContent(papers: Paper[]): Paper[] {
  const sortKeys = new Map(
    papers.map((paper) => [paper, [normalizeTitle(paper.title), paper.ids.doi ?? '', arxivId(paper) ?? '', venueOf(paper)?.title ?? '']]),
  );
  return [...papers].sort((a, b) => {
    const left = sortKeys.get(a) ?? [];
    const right = sortKeys.get(b) ?? [];
    for (let i = 0; i < left.length; i++) {
      const leftField = left[i] ?? '';
      const rightField = right[i] ?? '';
      if (leftField !== rightField) return leftField < rightField ? -1 : 1;
    }
    return 0;
  });
}

/** Spells a zero-based position as letters: 0 is "a", 25 is "z", 26 is "aa". */
function letterSuffix(position: number): string {
  let suffix = '';
  for (let n = position + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    suffix = String.fromCharCode(97 + ((n - 1) % 26)) + suffix;
  }
  return suffix;
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
    .replace(/[^\x00-\x7f]/g, (char) => LATIN_LETTER_FOLDS[char] ?? '')
    .replace(/[^a-z0-9]/g, '');
}
