import { LEARNED_LEXICON } from './learned-lexicon';
import { findClass, findTerm, indexLexicon, pairKey, type TermIndex } from './learned-index';

/**
 * Learned terms of one paper by their numbers in the scorer's index, in order of first use: the
 * title's, and the abstract's that the title lacks. Only terms of the scorer's lexicon are listed.
 */
export interface PaperTerms {
  title: number[];
  abstract: number[];
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
  const index = indexLexicon(lexicon);
  const { classIds, starts, classes, weights, words, singles, pairs } = index;

  // Scratch state shared between calls. `seen` marks the terms found in the current paper by its
  // pass number. `score` lists the classes it touched at the start of `touched`, and zeroes their
  // sums and match counts before it returns.
  const seen = new Uint32Array(index.terms.length);
  let pass = 0;
  const sums = new Float64Array(classIds.length);
  const matches = new Uint16Array(classIds.length);
  const touched = new Uint16Array(classIds.length);

  const addOnce = (term: number | undefined, found: number[]) => {
    if (term === undefined || term < 0 || seen[term] === pass) return;
    seen[term] = pass;
    found.push(term);
  };
  // A token outside the lexicon's words, such as a stopword, is in no known pair, as in `learnedTerms`.
  const findTerms = (tokens: readonly string[], found: number[]) => {
    let previous: number | undefined;
    for (const token of tokens) {
      const word = words.get(token);
      if (word !== undefined) {
        addOnce(singles[word], found);
        if (previous !== undefined) addOnce(pairs.get(pairKey(previous, word)), found);
      }
      previous = word;
    }
    return found;
  };

  /** Adds the terms' weights to `sums`, and returns the number of classes touched so far. */
  const addTerms = (touchedCount: number, terms: number[], factor: number) => {
    for (const term of terms) {
      const end = starts[term + 1] as number;
      for (let i = starts[term] as number; i < end; i++) {
        const classNumber = classes[i] as number;
        if (matches[classNumber] === 0) touched[touchedCount++] = classNumber;
        matches[classNumber] = (matches[classNumber] as number) + 1;
        sums[classNumber] = (sums[classNumber] as number) + (weights[i] as number) * factor;
      }
    }
    return touchedCount;
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
      const touchedCount = addTerms(addTerms(0, terms.title, 1), terms.abstract, abstractFactor);
      let max = 0;
      for (let i = 0; i < touchedCount; i++) max = Math.max(max, sums[touched[i] as number] as number);
      // A single weak term is no evidence (an unusual word in a small class), and classes far behind
      // the best cannot make the tags, so both are left out.
      const scores: ClassWeights = { classIds: [], weights: [] };
      for (let i = 0; i < touchedCount; i++) {
        const classNumber = touched[i] as number;
        const sum = sums[classNumber] as number;
        const strongEnough = (matches[classNumber] as number) >= 2 || sum >= SINGLE_TERM_WEIGHT;
        const classId = classIds[classNumber] as string;
        if (strongEnough && (sum >= KEEP_SHARE * max || keep?.has(classId))) {
          scores.classIds.push(classId);
          scores.weights.push(sum);
        }
      }
      for (let i = 0; i < touchedCount; i++) {
        const classNumber = touched[i] as number;
        sums[classNumber] = 0;
        matches[classNumber] = 0;
      }
      return scores;
    },
    evidence(classId, terms) {
      const classNumber = index.classNumbers.get(classId);
      if (classNumber === undefined) return [];
      const found: StrongestFirst = { terms: [], weights: [] };
      for (const term of terms.title) addEvidence(found, index, term, classNumber);
      for (const term of terms.abstract) addEvidence(found, index, term, classNumber);
      return found.terms;
    },
    classCount(term) {
      const found = findTerm(index, term);
      return found < 0 ? 0 : (starts[found + 1] as number) - (starts[found] as number);
    },
  };
}

/** Term texts and their weights for one class, strongest first. */
interface StrongestFirst {
  terms: string[];
  weights: number[];
}

/** Inserts a term that points to the class after all terms of equal or greater weight, as a stable sort would. */
function addEvidence(found: StrongestFirst, index: TermIndex, term: number, classNumber: number): void {
  const at = findClass(index, term, classNumber);
  if (at < 0) return;
  const weight = index.weights[at] as number;

  let position = found.terms.length;
  while (position > 0 && (found.weights[position - 1] as number) < weight) {
    found.terms[position] = found.terms[position - 1] as string;
    found.weights[position] = found.weights[position - 1] as number;
    position--;
  }
  found.terms[position] = index.terms[term] as string;
  found.weights[position] = weight;
}
