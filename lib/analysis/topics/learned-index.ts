import { isLearnedWord } from './tokens';

/** One lexicon term. Its class numbers and weights are those of its `TermIndex` from `start` up to `end`. */
export interface LearnedTerm {
  /** Position of the term in its index, used to find each term of a paper once. */
  id: number;
  term: string;
  start: number;
  end: number;
}

/** A word of the lexicon's terms, and the term it forms alone if the lexicon has one. */
export interface LexiconWord {
  /** Position of the word in its index, which `pairKey` combines with the next word's. */
  id: number;
  alone: LearnedTerm | undefined;
}

/**
 * A learned lexicon indexed for tagging. The class numbers and weights of all terms lie in two flat
 * typed arrays, each term's in ascending class order. In Node 20 the scoring loop ran slower over a
 * small typed array per term, because V8 stores small and large typed arrays differently.
 */
export interface TermIndex {
  classIds: string[];
  classNumbers: Map<string, number>;
  classes: Uint16Array;
  weights: Float32Array;
  /** Number of indexed terms, which is one more than the greatest `LearnedTerm.id`. */
  termCount: number;
  words: Map<string, LexiconWord>;
  /** Two-word terms by the `pairKey` of their words. */
  pairs: Map<number, LearnedTerm>;
}

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

  const index: TermIndex = {
    classIds,
    classNumbers: new Map(classIds.map((classId, classNumber) => [classId, classNumber])),
    classes: new Uint16Array(size),
    weights: new Float32Array(size),
    termCount: 0,
    words: new Map(),
    pairs: new Map(),
  };
  let end = 0;
  for (const [term, list] of lists) {
    const parts = term.split(' ');
    if (parts.length > 2 || !parts.every(isLearnedWord)) continue;
    const learned: LearnedTerm = { id: index.termCount++, term, start: end, end: end + list.classes.length };
    index.classes.set(list.classes, learned.start);
    index.weights.set(list.weights, learned.start);
    end = learned.end;
    const first = wordOf(index.words, parts[0] as string);
    if (parts.length === 2) index.pairs.set(pairKey(first, wordOf(index.words, parts[1] as string)), learned);
    else first.alone = learned;
  }
  return index;
}

/** Finds a term by its text, as `learnedTerms` forms it. */
export function findTerm(index: TermIndex, term: string): LearnedTerm | undefined {
  const space = term.indexOf(' ');
  if (space < 0) return index.words.get(term)?.alone;
  const first = index.words.get(term.slice(0, space));
  const second = index.words.get(term.slice(space + 1));
  return first && second ? index.pairs.get(pairKey(first, second)) : undefined;
}

function wordOf(words: Map<string, LexiconWord>, text: string): LexiconWord {
  let word = words.get(text);
  if (!word) {
    if (words.size === MAX_WORDS) throw new Error(`Learned lexicon has more than ${MAX_WORDS} distinct words; raise MAX_WORDS in learned-index.ts.`);
    words.set(text, (word = { id: words.size, alone: undefined }));
  }
  return word;
}

/** Maximum number of distinct words in a lexicon, so that pair keys stay small integers, below 2 ** 30. */
const MAX_WORDS = 32768;

/**
 * Returns the key of a pair of adjacent words. A number key makes the lookup of each token's pair with
 * the token before it cheaper than a key built from the two words' text.
 */
export function pairKey(first: LexiconWord, second: LexiconWord): number {
  return first.id * MAX_WORDS + second.id;
}

/** Returns the position in the index of a term's weight for a class, or -1, by binary search. */
export function findClass(index: TermIndex, term: LearnedTerm, classNumber: number): number {
  let low = term.start;
  let high = term.end - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = index.classes[middle] as number;
    if (found === classNumber) return middle;
    if (found < classNumber) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
