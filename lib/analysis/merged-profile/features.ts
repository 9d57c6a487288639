import type { Paper } from '../../model';
import { foldText } from '../names';

/**
 * Weight of each kind of evidence before idf. A shared co-author is the strongest sign of who
 * wrote a paper. Topic labels weigh least because they are broad fields shared by many people.
 * The language of a non-English title was set by the merge evaluation (F1 0.896 at 0.5, 0.902
 * at 1, 0.909 at 2), on the same pages the other weights were tuned on.
 */
export const FEATURE_WEIGHTS = { coauthor: 3, venue: 1.5, term: 1, topic: 0.25, era: 1, language: 2 } as const;

/** Width in years of the era buckets that make papers from the same period alike. */
export const ERA_YEARS = 5;

/**
 * Common title and venue words in English, German, French, Spanish and Portuguese, which carry
 * no sign of a field. Words shorter than four letters are dropped before this list applies.
 */
const STOPWORDS = new Set(
  ('with from into over under about their these those using based through between toward towards ' +
    'study analysis approach method methods new case effect effects role some more than when what which ' +
    'proceedings conference international journal annual meeting workshop symposium society transactions ' +
    'letters review reviews research volume press university report preprint edition editor ' +
    'eine einer einen eines ueber uber sich nach nicht auch durch' +
    ' pour dans avec sont' +
    ' para como sobre entre desde' +
    ' com uma sobre pela pelo').split(' '),
);

/** Word prefix length used as a cheap stem, so "network", "networks" and "networking" agree. */
const STEM_LENGTH = 6;

/** The sparse features of one paper: feature name to weight before idf. */
export type FeatureVector = Map<string, number>;

/**
 * Reads a paper's evidence as features: `a:` co-author ids, `v:` the venue's name words without
 * volume and page numbers, `t:` stemmed title words, `k:` topic labels and `y:` eras of `ERA_YEARS`.
 */
export function paperFeatures(paper: Paper, coauthorIds: readonly string[]): FeatureVector {
  const features: FeatureVector = new Map();
  for (const id of coauthorIds) features.set(`a:${id}`, FEATURE_WEIGHTS.coauthor);
  const venue = venueKey(paper.venue);
  if (venue) features.set(`v:${venue}`, FEATURE_WEIGHTS.venue);
  for (const term of titleTerms(paper.title)) features.set(`t:${term}`, FEATURE_WEIGHTS.term);
  for (const topic of paper.topics) features.set(`k:${topic.label}`, FEATURE_WEIGHTS.topic);
  const language = titleLanguage(paper.title);
  if (language) features.set(`l:${language}`, FEATURE_WEIGHTS.language);
  if (paper.year !== null) {
    // A paper belongs to its own era and, at half weight, to the two neighbouring ones.
    const era = Math.floor(paper.year / ERA_YEARS);
    features.set(`y:${era}`, FEATURE_WEIGHTS.era);
    features.set(`y:${era - 1}`, FEATURE_WEIGHTS.era / 2);
    features.set(`y:${era + 1}`, FEATURE_WEIGHTS.era / 2);
  }
  return features;
}

/** Function words that mark a title as written in a Romance language or in German, leaving out English words such as "no" and "do". */
const ROMANCE_WORDS = new Set('de da dos das em na nos para por com uma um y el la las los del con en les des du et pour dans sur une'.split(' '));
const GERMAN_WORDS = new Set('der die das und von zur zum mit fur auf eine einer'.split(' '));
const CJK_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Names the title's language family when it is not English: two people who share a name and
 * publish in different languages are a sign of a merged profile. English titles get null.
 */
export function titleLanguage(title: string): 'cjk' | 'romance' | 'german' | null {
  if (CJK_SCRIPT.test(title)) return 'cjk';
  // Letters that English words lack count once each: a tilde or cedilla, and an acute or grave accent.
  let romance = (/[ãõçñ]/i.test(title) ? 1 : 0) + (/[áéíóúàèâêô]/i.test(title) ? 1 : 0);
  let german = /[äöüß]/i.test(title) ? 1 : 0;
  for (const word of foldText(title).split(/[^\p{L}]+/u)) {
    if (ROMANCE_WORDS.has(word)) romance++;
    if (GERMAN_WORDS.has(word)) german++;
  }
  if (romance >= 2 && romance >= german) return 'romance';
  return german >= 2 ? 'german' : null;
}

/** Reduces a venue to its first four name words without numbers ("Physical Review B 112 (7)" gives "physical review"). */
export function venueKey(venue: string | null): string | null {
  if (!venue) return null;
  const words = foldText(venue)
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length > 1 && !STOPWORDS.has(word) && word !== 'the' && word !== 'of' && word !== 'and');
  return words.length > 0 ? words.slice(0, 4).join(' ') : null;
}

export function titleTerms(title: string): string[] {
  const terms = new Set<string>();
  for (const word of foldText(title).split(/[^\p{L}]+/u)) {
    if (word.length < 4 || STOPWORDS.has(word)) continue;
    terms.add(word.slice(0, STEM_LENGTH));
  }
  return [...terms];
}

/**
 * Multiplies each feature by its inverse document frequency, ln((N + 1) / df). Features on one
 * paper only are dropped because they link nothing. Each vector is scaled to unit length, so a
 * paper with a long author list weighs no more in a cluster than any other.
 */
export function weightByIdf(vectors: FeatureVector[]): FeatureVector[] {
  const documentFrequency = new Map<string, number>();
  for (const vector of vectors) {
    for (const feature of vector.keys()) documentFrequency.set(feature, (documentFrequency.get(feature) ?? 0) + 1);
  }
  const total = vectors.length;
  return vectors.map((vector) => {
    const weighted: FeatureVector = new Map();
    for (const [feature, weight] of vector) {
      const frequency = documentFrequency.get(feature) ?? 0;
      if (frequency < 2) continue;
      weighted.set(feature, weight * Math.log((total + 1) / frequency));
    }
    let norm = 0;
    for (const weight of weighted.values()) norm += weight * weight;
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [feature, weight] of weighted) weighted.set(feature, weight / norm);
    return weighted;
  });
}

/** Adds `source` into `target` and returns the new squared length of `target`, given its old one. */
export function addInto(target: FeatureVector, targetNormSquared: number, source: FeatureVector): number {
  let normSquared = targetNormSquared;
  for (const [feature, weight] of source) {
    const before = target.get(feature) ?? 0;
    const after = before + weight;
    target.set(feature, after);
    normSquared += after * after - before * before;
  }
  return normSquared;
}

/** Dot product of two sparse vectors, iterating the smaller one. */
export function dot(a: FeatureVector, b: FeatureVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let total = 0;
  for (const [feature, weight] of small) {
    const other = large.get(feature);
    if (other !== undefined) total += weight * other;
  }
  return total;
}

/** Cosine similarity of two sparse vectors, leaving out features whose name starts with any of `skipPrefixes`. */
export function cosine(a: FeatureVector, b: FeatureVector, skipPrefixes: readonly string[] = []): number {
  const skip = (feature: string) => skipPrefixes.some((prefix) => feature.startsWith(prefix));
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const [feature, weight] of a) {
    if (skip(feature)) continue;
    normA += weight * weight;
    const other = b.get(feature);
    if (other !== undefined) dot += weight * other;
  }
  for (const [feature, weight] of b) {
    if (skip(feature)) continue;
    normB += weight * weight;
  }
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}
