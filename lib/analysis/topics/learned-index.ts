import { isLearnedWord } from './tokens';

/** One lexicon term. Its class numbers and weights are those of its `TermIndex` from `start` up to `end`. */
export interface LearnedTerm {
  /** Position of the term in its index, used to find each term of a paper once. */
  id: number;
  term: string;
  start: number;
  end: number;
}

/** A lexicon word: the term it forms alone, and the two-word terms it starts, by their second word. */
export interface LexiconWord {
  alone: LearnedTerm | undefined;
  pairs: Map<string, LearnedTerm> | undefined;
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
  byTerm: Map<string, LearnedTerm>;
  words: Map<string, LexiconWord>;
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
    byTerm: new Map(),
    words: new Map(),
  };
  let end = 0;
  for (const [term, list] of lists) {
    const parts = term.split(' ');
    if (parts.length > 2 || !parts.every(isLearnedWord)) continue;
    const learned: LearnedTerm = { id: index.byTerm.size, term, start: end, end: end + list.classes.length };
    index.classes.set(list.classes, learned.start);
    index.weights.set(list.weights, learned.start);
    end = learned.end;
    index.byTerm.set(term, learned);
    addToWords(index.words, parts as [string, string | undefined], learned);
  }
  return index;
}

function addToWords(words: Map<string, LexiconWord>, [first, second]: [string, string | undefined], term: LearnedTerm): void {
  let word = words.get(first);
  if (!word) words.set(first, (word = { alone: undefined, pairs: undefined }));
  if (second === undefined) {
    word.alone = term;
  } else {
    word.pairs ??= new Map();
    word.pairs.set(second, term);
  }
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
