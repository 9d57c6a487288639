import { isLearnedWord } from './tokens';
import { LEARNED_LEXICON } from './learned-lexicon';

/** One lexicon term and the classes it points to, as parallel arrays of class numbers and weights. */
export interface LearnedTerm {
  /** Position of the term in its scorer, used to find each term of a paper once. */
  id: number;
  term: string;
  classes: Uint16Array;
  weights: Float32Array;
}

/** A lexicon word: the term it forms alone, and the two-word terms it starts, by their second word. */
interface LexiconWord {
  alone: LearnedTerm | undefined;
  pairs: Map<string, LearnedTerm> | undefined;
}

/**
 * Learned terms of one paper in order of first use: the title's, and the abstract's that the title
 * lacks. Only terms of the scorer's lexicon are listed.
 */
export interface PaperTerms {
  title: LearnedTerm[];
  abstract: LearnedTerm[];
}

/** Summed learned weights by class, as parallel lists in the order the classes were first matched. */
export interface ClassWeights {
  classIds: string[];
  weights: number[];
}

/** Scores classes by a learned lexicon and names the terms behind a class's score. */
export interface LearnedScorer {
  /**
   * Finds the lexicon's terms among a paper's tokens, as split by `tokenize`: single words and pairs of
   * adjacent words, as `learnedTerms` forms them.
   */
  termsOf(titleTokens: readonly string[], abstractTokens: readonly string[]): PaperTerms;
  /**
   * Sums term weights by class id. Title terms count fully and terms found only in the abstract count at
   * `abstractFactor` of their weight. Classes far behind the best are left out unless `keep` has them.
   */
  score(terms: PaperTerms, abstractFactor: number, keep?: { has(classId: string): boolean }): ClassWeights;
  /** Lists the paper's terms that point to a class, strongest first. */
  evidence(classId: string, terms: PaperTerms): string[];
  /** Counts the classes a term points to: many for a word that many fields use, few for a technical term. */
  classCount(term: string): number;
}

/** Classes whose learned weight is below this share of the best class's are not returned. */
const KEEP_SHARE = 0.4;
/**
 * Minimum weight of a class that only one term points to. Words of every field that arXiv uses in
 * one sense weigh 3 to 4 ("advantage" in quant-ph, "base" in math.RA, "white" in astro-ph.SR),
 * and words that name a field weigh more ("galaxy" 13.5, "graphene" 10.9, "flow" 9.1). At 5, title-only
 * field agreement on the held-apart split fell from 83.4% to 82.5%, and football, wine and Spanish
 * economics titles lost their physics and algebra tags.
 */
const SINGLE_TERM_WEIGHT = 5;

let shipped: LearnedScorer | null = null;

/** Returns the scorer over the shipped lexicon, building its index on first use. */
export function shippedScorer(): LearnedScorer {
  shipped ??= createLearnedScorer(LEARNED_LEXICON);
  return shipped;
}

/** Builds a scorer over a lexicon of `term=weight|…` strings by class id. */
export function createLearnedScorer(lexicon: Readonly<Record<string, string>>): LearnedScorer {
  const classIds = Object.keys(lexicon);
  const classNumbers = new Map(classIds.map((classId, classNumber) => [classId, classNumber]));
  const { byTerm, words } = indexTerms(lexicon, classIds);

  // Scratch state shared between calls. `seen` marks the terms found in the current paper by its
  // pass number, and `score` zeroes the sums and match counts it touched before it returns.
  const seen = new Uint32Array(byTerm.size);
  let pass = 0;
  const sums = new Float64Array(classIds.length);
  const matches = new Uint16Array(classIds.length);

  const addOnce = (term: LearnedTerm | undefined, found: LearnedTerm[]) => {
    if (!term || seen[term.id] === pass) return;
    seen[term.id] = pass;
    found.push(term);
  };
  // A token outside the lexicon's words, such as a stopword, starts no known pair, as in `learnedTerms`.
  const findTerms = (tokens: readonly string[], found: LearnedTerm[]) => {
    let previous: LexiconWord | undefined;
    for (const token of tokens) {
      const word = words.get(token);
      addOnce(word?.alone, found);
      addOnce(previous?.pairs?.get(token), found);
      previous = word;
    }
    return found;
  };

  const addTerms = (touched: number[], terms: LearnedTerm[], factor: number) => {
    for (const { classes, weights } of terms) {
      for (let i = 0; i < classes.length; i++) {
        const classNumber = classes[i] as number;
        if (matches[classNumber] === 0) touched.push(classNumber);
        matches[classNumber] = (matches[classNumber] as number) + 1;
        sums[classNumber] = (sums[classNumber] as number) + (weights[i] as number) * factor;
      }
    }
  };

  return {
    termsOf(titleTokens, abstractTokens) {
      if (pass === 0xffffffff) {
        seen.fill(0);
        pass = 0;
      }
      pass++;
      return { title: findTerms(titleTokens, []), abstract: findTerms(abstractTokens, []) };
    },
    score(terms, abstractFactor, keep) {
      const touched: number[] = [];
      addTerms(touched, terms.title, 1);
      addTerms(touched, terms.abstract, abstractFactor);
      let max = 0;
      for (const classNumber of touched) max = Math.max(max, sums[classNumber] as number);
      // A single weak term is no evidence (an unusual word in a small class), and classes far behind
      // the best cannot make the tags, so both are left out.
      const scores: ClassWeights = { classIds: [], weights: [] };
      for (const classNumber of touched) {
        const sum = sums[classNumber] as number;
        const strongEnough = (matches[classNumber] as number) >= 2 || sum >= SINGLE_TERM_WEIGHT;
        const classId = classIds[classNumber] as string;
        if (strongEnough && (sum >= KEEP_SHARE * max || keep?.has(classId))) {
          scores.classIds.push(classId);
          scores.weights.push(sum);
        }
      }
      for (const classNumber of touched) {
        sums[classNumber] = 0;
        matches[classNumber] = 0;
      }
      return scores;
    },
    evidence(classId, terms) {
      const classNumber = classNumbers.get(classId);
      if (classNumber === undefined) return [];
      const found: StrongestFirst = { terms: [], weights: [] };
      for (const term of terms.title) addEvidence(found, term, classNumber);
      for (const term of terms.abstract) addEvidence(found, term, classNumber);
      return found.terms;
    },
    classCount(term) {
      return byTerm.get(term)?.classes.length ?? 0;
    },
  };
}

/** Term texts and their weights for one class, strongest first. */
interface StrongestFirst {
  terms: string[];
  weights: number[];
}

/** Inserts a term that points to the class after all terms of equal or greater weight, as a stable sort would. */
function addEvidence(found: StrongestFirst, term: LearnedTerm, classNumber: number): void {
  const at = indexOfClass(term.classes, classNumber);
  if (at < 0) return;
  const weight = term.weights[at] as number;

  let index = found.terms.length;
  while (index > 0 && (found.weights[index - 1] as number) < weight) {
    found.terms[index] = found.terms[index - 1] as string;
    found.weights[index] = found.weights[index - 1] as number;
    index--;
  }
  found.terms[index] = term.term;
  found.weights[index] = weight;
}

/** Finds a class number in a term's class list, which `indexTerms` builds in ascending order, by binary search. */
function indexOfClass(classes: Uint16Array, classNumber: number): number {
  let low = 0;
  let high = classes.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = classes[middle] as number;
    if (found === classNumber) return middle;
    if (found < classNumber) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/**
 * Indexes a lexicon's terms by their text and by their words. Terms that `learnedTerms` cannot form
 * (with a stopword, a number or a one-letter word) are left out because they could never match.
 */
function indexTerms(lexicon: Readonly<Record<string, string>>, classIds: string[]) {
  const lists = new Map<string, { classes: number[]; weights: number[] }>();
  classIds.forEach((classId, classNumber) => {
    for (const entry of (lexicon[classId] as string).split('|')) {
      const split = entry.lastIndexOf('=');
      const term = entry.slice(0, split);
      let list = lists.get(term);
      if (!list) lists.set(term, (list = { classes: [], weights: [] }));
      list.classes.push(classNumber);
      list.weights.push(Number(entry.slice(split + 1)));
    }
  });

  const byTerm = new Map<string, LearnedTerm>();
  const words = new Map<string, LexiconWord>();
  const wordOf = (text: string) => {
    let word = words.get(text);
    if (!word) words.set(text, (word = { alone: undefined, pairs: undefined }));
    return word;
  };
  for (const [term, list] of lists) {
    const parts = term.split(' ');
    if (parts.length > 2 || !parts.every(isLearnedWord)) continue;
    // Typed arrays keep the scoring loop, the hot path of tagging, tight.
    const learned = { id: byTerm.size, term, classes: Uint16Array.from(list.classes), weights: Float32Array.from(list.weights) };
    byTerm.set(term, learned);
    const [first, second] = parts as [string, string | undefined];
    if (second === undefined) {
      wordOf(first).alone = learned;
    } else {
      const word = wordOf(first);
      word.pairs ??= new Map();
      word.pairs.set(second, learned);
    }
  }
  return { byTerm, words };
}
