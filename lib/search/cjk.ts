import MiniSearch from 'minisearch';

/**
 * Han, Hiragana, Katakana and Hangul, by Script_Extensions, so that the kana length mark "ー"
 * counts although its Script is Common. The CJK punctuation that Script_Extensions also covers
 * ("、", "。", "・") never reaches these patterns, because the word split removes punctuation first.
 */
const CJK_CLASS = '\\p{scx=Han}\\p{scx=Hiragana}\\p{scx=Katakana}\\p{scx=Hangul}';
const CJK_CHARACTER = new RegExp(`[${CJK_CLASS}]`, 'u');
const CJK_RUN = new RegExp(`[${CJK_CLASS}]+`, 'gu');
const CJK_RUN_OR_OTHER = new RegExp(`[${CJK_CLASS}]+|[^${CJK_CLASS}]+`, 'gu');

/** MiniSearch 7.2's default tokenizer, which splits on spaces, line breaks and punctuation. */
const splitOnPunctuation = MiniSearch.getDefault('tokenize') as (text: string) => string[];
/** Symbols (`=`, `+`, `<`, `|`, `$`), which the default tokenizer keeps inside words. */
const SYMBOLS = /\p{S}+/gu;

/** Splits on spaces, line breaks, punctuation and symbols, so "=HYPERLINK(" in a note gives "HYPERLINK". */
function splitWords(text: string): string[] {
  return splitOnPunctuation(text.replace(SYMBOLS, ' ')).filter((word) => word !== '');
}

/**
 * Splits field text into index terms. Words without CJK characters stay whole, as with
 * MiniSearch's default tokenizer. A run of CJK characters becomes its overlapping character
 * bigrams plus its last character. Every character of the run then starts some term, so a
 * one-character query finds it by prefix. A run of one character becomes that character.
 */
export function tokenizeField(text: string): string[] {
  return tokenize(text, true);
}

/**
 * Splits a query into search terms like `tokenizeField`, except that a CJK run of two or more
 * characters becomes only its bigrams, so that a paper must contain every bigram of the run.
 */
export function tokenizeQuery(text: string): string[] {
  return tokenize(text, false);
}

/** Returns the runs of CJK characters in `text` after NFKC normalization, in order. */
export function cjkRuns(text: string): string[] {
  return text.normalize('NFKC').match(CJK_RUN) ?? [];
}

/** Returns whether `text` contains a CJK character. */
export function hasCjk(text: string): boolean {
  return CJK_CHARACTER.test(text);
}

/**
 * Normalizes `text` to NFKC, which folds full-width Latin letters and digits to ASCII ("ＢＥＲＴ"
 * to "BERT") and half-width katakana to full width, and splits it into terms.
 */
function tokenize(text: string, withLastCharacter: boolean): string[] {
  const normalized = text.normalize('NFKC');
  const words = splitWords(normalized);
  if (!hasCjk(normalized)) return words;

  const terms: string[] = [];
  for (const word of words) {
    if (!hasCjk(word)) {
      terms.push(word);
      continue;
    }
    for (const segment of word.match(CJK_RUN_OR_OTHER) ?? []) {
      if (hasCjk(segment)) terms.push(...bigrams(segment, withLastCharacter));
      else terms.push(segment);
    }
  }
  return terms;
}

function bigrams(run: string, withLastCharacter: boolean): string[] {
  const characters = Array.from(run);
  const last = characters[characters.length - 1] ?? '';
  if (characters.length === 1) return [last];

  const terms: string[] = [];
  for (let i = 0; i + 1 < characters.length; i++) terms.push(`${characters[i]}${characters[i + 1]}`);
  if (withLastCharacter) terms.push(last);
  return terms;
}
