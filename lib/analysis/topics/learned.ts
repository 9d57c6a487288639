import { learnedTermsOfTokens, tokenize } from './tokens';
import { LEARNED_LEXICON } from './learned-lexicon';

/** The classes a term points to, as parallel arrays of class numbers and weights. */
interface TermTargets {
  classes: Uint16Array;
  weights: Float32Array;
}

/** Learned terms of one paper: the title's, and the abstract's that the title lacks. */
export interface PaperTerms {
  title: Set<string>;
  abstract: Set<string>;
}

/** Scores classes by a learned lexicon and names the terms behind a class's score. */
export interface LearnedScorer {
  /**
   * Sums term weights by class id. Title terms count fully and terms found only in the abstract count at
   * `abstractFactor` of their weight. Classes far behind the best are left out unless listed in `keep`.
   */
  score(terms: PaperTerms, abstractFactor: number, keep?: ReadonlySet<string>): Map<string, number>;
  /** Lists, for each of `classIds`, the terms that point to it, strongest first. */
  evidence(classIds: string[], terms: PaperTerms): Map<string, string[]>;
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

/** Splits a paper's title and abstract into learned-lexicon terms. */
export function paperTerms(title: string, abstract: string | undefined): PaperTerms {
  return paperTermsOfTokens(tokenize(title), abstract ? tokenize(abstract) : []);
}

/** Builds a paper's learned-lexicon terms from its title and abstract tokens. */
export function paperTermsOfTokens(titleTokens: readonly string[], abstractTokens: readonly string[]): PaperTerms {
  const titleTerms = learnedTermsOfTokens(titleTokens);
  const abstractTerms = learnedTermsOfTokens(abstractTokens);
  for (const term of titleTerms) abstractTerms.delete(term);
  return { title: titleTerms, abstract: abstractTerms };
}

/** Builds a scorer over a lexicon of `term=weight|…` strings by class id. */
export function createLearnedScorer(lexicon: Readonly<Record<string, string>>): LearnedScorer {
  const classIds = Object.keys(lexicon);
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
  // Typed arrays keep the scoring loop, the hot path of tagging, tight.
  const index = new Map<string, TermTargets>();
  for (const [term, list] of lists) {
    index.set(term, { classes: Uint16Array.from(list.classes), weights: Float32Array.from(list.weights) });
  }

  const sums = new Float64Array(classIds.length);
  const matches = new Uint16Array(classIds.length);
  const addTerms = (sums: Float64Array, matches: Uint16Array, touched: number[], terms: Set<string>, factor: number) => {
    for (const term of terms) {
      const targets = index.get(term);
      if (!targets) continue;
      const { classes, weights } = targets;
      for (let i = 0; i < classes.length; i++) {
        const classNumber = classes[i] as number;
        if (matches[classNumber] === 0) touched.push(classNumber);
        matches[classNumber] = (matches[classNumber] as number) + 1;
        sums[classNumber] = (sums[classNumber] as number) + (weights[i] as number) * factor;
      }
    }
  };

  // Evidence is requested for a few classes at a time, so each class's term weights are indexed on first use.
  const termWeights = new Map<string, Map<string, number>>();
  const termWeightsOf = (classId: string): Map<string, number> | undefined => {
    const lexiconEntries = lexicon[classId];
    if (lexiconEntries === undefined) return undefined;
    let weights = termWeights.get(classId);
    if (!weights) {
      weights = new Map();
      for (const entry of lexiconEntries.split('|')) {
        const split = entry.lastIndexOf('=');
        weights.set(entry.slice(0, split), Number(entry.slice(split + 1)));
      }
      termWeights.set(classId, weights);
    }
    return weights;
  };

  return {
    score(terms, abstractFactor, keep) {
      // The sums and match counts are shared between calls, and the end of each call zeroes the entries it touched.
      const touched: number[] = [];
      addTerms(sums, matches, touched, terms.title, 1);
      addTerms(sums, matches, touched, terms.abstract, abstractFactor);
      let max = 0;
      for (const classNumber of touched) max = Math.max(max, sums[classNumber] as number);
      // A single weak term is no evidence (an unusual word in a small class), and classes far behind
      // the best cannot make the tags, so both are left out.
      const scores = new Map<string, number>();
      for (const classNumber of touched) {
        const sum = sums[classNumber] as number;
        const strongEnough = (matches[classNumber] as number) >= 2 || sum >= SINGLE_TERM_WEIGHT;
        const classId = classIds[classNumber] as string;
        if (strongEnough && (sum >= KEEP_SHARE * max || keep?.has(classId))) scores.set(classId, sum);
      }
      for (const classNumber of touched) {
        sums[classNumber] = 0;
        matches[classNumber] = 0;
      }
      return scores;
    },
    evidence(wanted, terms) {
      const evidence = new Map<string, string[]>();
      for (const classId of wanted) {
        const weights = termWeightsOf(classId);
        if (!weights) continue;
        const found: [string, number][] = [];
        for (const set of [terms.title, terms.abstract]) {
          for (const term of set) {
            const weight = weights.get(term);
            if (weight !== undefined) found.push([term, weight]);
          }
        }
        evidence.set(classId, found.sort((a, b) => b[1] - a[1]).map(([term]) => term));
      }
      return evidence;
    },
    classCount(term) {
      return index.get(term)?.classes.length ?? 0;
    },
  };
}
