import { isLearnedWord } from './tokens';

/**
 * A learned lexicon indexed for tagging. Terms and words are numbered, and everything about them
 * lies in flat arrays indexed by those numbers, so that scoring follows no object references. Each
 * term's class numbers and weights lie in `classes` and `weights` from `starts[term]` up to
 * `starts[term + 1]`, in ascending class order.
 */
export interface TermIndex {
  classIds: string[];
  classNumbers: Map<string, number>;
  /** Term texts by term number. */
  terms: string[];
  starts: Uint32Array;
  classes: Uint16Array;
  weights: Float32Array;
  /** Word numbers by word text, for every word of the lexicon's terms. */
  words: Map<string, number>;
  /** The number of the term that each word forms alone, or -1 when the lexicon has none. */
  singles: Int32Array;
  /** Two-word term numbers by the `pairKey` of their word numbers. */
  pairs: Map<number, number>;
}

/** Maximum number of distinct words in a lexicon, so that pair keys stay small integers, below 2 ** 30. */
const MAX_WORDS = 32768;

/**
 * Indexes a lexicon of `term=weight|…` strings by class id. Terms that `learnedTerms` cannot form
 * (with a stopword, a number or a one-letter word) are left out because they could never match.
 */
export function indexLexicon(lexicon: Readonly<Record<string, string>>): TermIndex {
  const classIds = Object.keys(lexicon);
  const lists = new Map<string, { classes: number[]; weights: number[] }>();
  let size = 0;
  classIds.forEach((classId, classNumber) => {
    for (const entry of (lexicon[classId] as string).split('|')) {
      const split = entry.lastIndexOf('=');
      const term = entry.slice(0, split);
      let list = lists.get(term);
      if (!list) lists.set(term, (list = { classes: [], weights: [] }));
      list.classes.push(classNumber);
      list.weights.push(Number(entry.slice(split + 1)));
      size++;
    }
  });

  const terms: string[] = [];
  const starts = [0];
  const classes = new Uint16Array(size);
  const weights = new Float32Array(size);
  const words = new Map<string, number>();
  const singles: number[] = [];
  const pairs = new Map<number, number>();
  const wordOf = (text: string) => {
    let word = words.get(text);
    if (word === undefined) {
      if (words.size === MAX_WORDS) throw new Error(`Learned lexicon has more than ${MAX_WORDS} distinct words; raise MAX_WORDS in learned-index.ts.`);
      words.set(text, (word = words.size));
      singles.push(-1);
    }
    return word;
  };
  for (const [text, list] of lists) {
    const parts = text.split(' ');
    if (parts.length > 2 || !parts.every(isLearnedWord)) continue;
    const term = terms.length;
    const start = starts[term] as number;
    terms.push(text);
    starts.push(start + list.classes.length);
    classes.set(list.classes, start);
    weights.set(list.weights, start);
    const first = wordOf(parts[0] as string);
    if (parts.length === 2) pairs.set(pairKey(first, wordOf(parts[1] as string)), term);
    else singles[first] = term;
  }

  const classNumbers = new Map(classIds.map((classId, classNumber) => [classId, classNumber]));
  return { classIds, classNumbers, terms, starts: Uint32Array.from(starts), classes, weights, words, singles: Int32Array.from(singles), pairs };
}

/**
 * Returns the key of a pair of adjacent words by their numbers. A number key makes the lookup of each
 * token's pair with the token before it cheaper than a key built from the two words' text.
 */
export function pairKey(first: number, second: number): number {
  return first * MAX_WORDS + second;
}

/** Finds a term's number by its text, as `learnedTerms` forms it, or returns -1. */
export function findTerm(index: TermIndex, text: string): number {
  const space = text.indexOf(' ');
  const first = index.words.get(space < 0 ? text : text.slice(0, space));
  if (first === undefined) return -1;
  if (space < 0) return index.singles[first] as number;
  const second = index.words.get(text.slice(space + 1));
  return second === undefined ? -1 : (index.pairs.get(pairKey(first, second)) ?? -1);
}

/** Returns the position in the index of a term's weight for a class, or -1, by binary search. */
export function findClass(index: TermIndex, term: number, classNumber: number): number {
  let low = index.starts[term] as number;
  let high = (index.starts[term + 1] as number) - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = index.classes[middle] as number;
    if (found === classNumber) return middle;
    if (found < classNumber) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
