import { LATIN_LETTER_FOLDS } from '../export/keys';

/**
 * Latin-1 Supplement to Cyrillic (U+00C0–U+04FF, with the combining diacritical marks) and Latin
 * Extended Additional and Greek Extended (U+1E00–U+1FFF). A term without these characters has
 * no accent to remove.
 */
const MAY_HAVE_ACCENTS = /[\u00c0-\u04ff\u1e00-\u1fff]/;

/** Combining marks on a Latin, Greek or Cyrillic letter after NFD, such as the tilde of "ã". */
const MARKS_ON_LETTER = /([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu;

const UNSPLIT_LETTER = new RegExp(`[${Object.keys(LATIN_LETTER_FOLDS).join('')}]`, 'g');

/**
 * Lower-cases a search term and removes the accents of Latin, Greek and Cyrillic letters
 * ("Inovação" to "inovacao", "Ørsted" to "orsted", "Άλφα" to "αλφα"). Index and query terms both
 * pass through it, so either spelling finds the other. Letters of other scripts keep their marks,
 * because there they are vowel signs or voicing marks that tell words apart (Devanagari
 * "कि" and "क", kana "が" and "か").
 */
export function foldTerm(term: string): string {
  const lower = term.toLowerCase();
  if (!MAY_HAVE_ACCENTS.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(MARKS_ON_LETTER, '$1')
    .normalize('NFC')
    .replace(UNSPLIT_LETTER, (letter) => LATIN_LETTER_FOLDS[letter] ?? letter);
}
