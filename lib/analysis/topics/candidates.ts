import type { ClassWeights } from './learned';
import type { PhraseHit } from './phrases';
import { CLASSES, type ClassEntry } from './taxonomy';

/**
 * Factor on venue-table weights. A venue names the field of nearly every paper in it, so it counts
 * more than a phrase of the same table weight in the title.
 * NOTE: the labelled arXiv records carry no venues, so this factor is a judgement, not a measured value.
 */
const VENUE_FACTOR = 2;
/** Factor from learned log-odds weights to the scale of the hand-written phrase weights. */
const LEARNED_SCALE = 0.5;
/** `CLASSES` as a Map, which finds a class id faster than a lookup on the object with its 150-odd keys. */
const CLASS_ENTRIES = new Map(Object.entries(CLASSES));
/**
 * Summed learned weight below which learned words alone are too weak to show a tag. On 14 saved
 * profile pages, a reviewer judged about half of the tags shown below it wrong ("capacity" and
 * "advantage" gave Quantum Physics to a football study). Such a class takes no field-level phrase
 * or venue either ("Annals of Mathematics" for Mathematics), and the field is then a tag without a class.
 */
export const MIN_LEARNED_ALONE = 5;
/** Temperature of the softmax over candidate weights that decides the best field. */
const FIELD_TEMPERATURE = 2;

/** One possible topic while tagging: a class, or a field where no class matched. */
export interface Candidate {
  field: string;
  classId: string | undefined;
  label: string;
  lexicon: number;
  venue: number;
  learned: number;
  prior: number;
  phrases: string[];
}

/**
 * Joins phrase and learned evidence by target. A field-level phrase hit supports the best class of
 * that field when one matched, and becomes a field-only candidate otherwise.
 */
export function collectCandidates(phraseHits: Map<string, PhraseHit>, learned: ClassWeights): Candidate[] {
  // Each target is a key of `phraseHits` once and each class is in `learned` once, so a class gets a
  // second entry only from `learned`, and only among the candidates made from phrases.
  const candidates: Candidate[] = [];
  const fieldHits: [string, PhraseHit][] = [];
  for (const [target, hit] of phraseHits) {
    if (!CLASS_ENTRIES.has(target)) {
      fieldHits.push([target, hit]);
      continue;
    }
    const candidate = classCandidate(target);
    candidate.lexicon += hit.lexicon;
    candidate.venue += hit.venue * VENUE_FACTOR;
    candidate.phrases.push(...hit.phrases);
    candidates.push(candidate);
  }
  const fromPhrases = candidates.length;
  for (let index = 0; index < learned.classIds.length; index++) {
    const classId = learned.classIds[index] as string;
    let candidate = findCandidate(candidates, fromPhrases, classId);
    if (!candidate) candidates.push((candidate = classCandidate(classId)));
    candidate.learned += (learned.weights[index] as number) * LEARNED_SCALE;
  }

  sortByWeight(candidates);
  for (const [field, hit] of fieldHits) {
    // A class with a matched phrase of its own is likelier than one that rests on learned words
    // alone, and learned words too weak to show a tag leave the field without a class.
    const best =
      candidates.find((candidate) => candidate.field === field && candidate.phrases.length > 0) ??
      candidates.find((candidate) => candidate.field === field && candidate.learned >= MIN_LEARNED_ALONE);
    if (best) {
      best.lexicon += hit.lexicon;
      best.venue += hit.venue * VENUE_FACTOR;
      for (const phrase of hit.phrases) if (!best.phrases.includes(phrase)) best.phrases.push(phrase);
    } else {
      candidates.push({ ...emptyCandidate(field, undefined, field), lexicon: hit.lexicon, venue: hit.venue * VENUE_FACTOR, phrases: hit.phrases });
    }
  }
  return candidates;
}

/** Returns the candidate of a class among the first `count` candidates. A loop here allocates no closure per class. */
function findCandidate(candidates: Candidate[], count: number, classId: string): Candidate | undefined {
  for (let index = 0; index < count; index++) if ((candidates[index] as Candidate).classId === classId) return candidates[index];
  return undefined;
}

function classCandidate(classId: string): Candidate {
  const [field, label] = CLASS_ENTRIES.get(classId) as ClassEntry;
  return emptyCandidate(field, classId, label);
}

function emptyCandidate(field: string, classId: string | undefined, label: string): Candidate {
  return { field, classId, label, lexicon: 0, venue: 0, learned: 0, prior: 0, phrases: [] };
}

export function weightOf(candidate: Candidate): number {
  return candidate.lexicon + candidate.venue + candidate.learned + candidate.prior;
}

/**
 * Sorts candidates from `start` on by weight, best first, keeping the order of equal weights. This
 * insertion sort gives the order that the stable `Array.prototype.sort` gives, but on the few
 * candidates of a paper it is faster and allocates nothing.
 */
export function sortByWeight(candidates: Candidate[], weight: (candidate: Candidate) => number = weightOf, start = 0): void {
  for (let i = start + 1; i < candidates.length; i++) {
    const candidate = candidates[i] as Candidate;
    const candidateWeight = weight(candidate);
    let j = i - 1;
    while (j >= start && weight(candidates[j] as Candidate) < candidateWeight) {
      candidates[j + 1] = candidates[j] as Candidate;
      j--;
    }
    candidates[j + 1] = candidate;
  }
}

/**
 * Moves the best candidate of the most likely field to the front. A field's likelihood is the softmax
 * mass of all its candidates, so three close Computer Science classes outweigh one Mathematics class
 * that is slightly ahead of each of them.
 */
export function putBestFieldFirst(candidates: Candidate[]): void {
  const top = weightOf(candidates[0] as Candidate);
  // Fields in order of first appearance and their masses. A paper's candidates span few fields, so
  // two short arrays cost less than a Map.
  const fields: string[] = [];
  const masses: number[] = [];
  for (const candidate of candidates) {
    const share = Math.exp((weightOf(candidate) - top) / FIELD_TEMPERATURE);
    const at = fields.indexOf(candidate.field);
    if (at < 0) {
      fields.push(candidate.field);
      masses.push(share);
    } else {
      masses[at] = (masses[at] as number) + share;
    }
  }
  if (fields.length === 1) return;

  // The first field with the greatest mass wins.
  let best = 0;
  for (let at = 1; at < fields.length; at++) if ((masses[at] as number) > (masses[best] as number)) best = at;
  let index = candidates.findIndex((candidate) => candidate.field === fields[best]);
  const first = candidates[index] as Candidate;
  for (; index > 0; index--) candidates[index] = candidates[index - 1] as Candidate;
  candidates[0] = first;
}

/**
 * The softmax over all candidate weights, kept as its greatest weight and its denominator, so that
 * `softmaxShare` computes shares only for the candidates that need one.
 */
export interface Softmax {
  top: number;
  total: number;
}

export function softmaxOf(weights: readonly number[]): Softmax {
  let top = -Infinity;
  for (const weight of weights) top = Math.max(top, weight);
  let total = 0;
  for (const weight of weights) total += Math.exp((weight - top) / FIELD_TEMPERATURE);
  return { top, total };
}

/** Returns the share of the softmax that a candidate of this weight has. */
export function softmaxShare(weight: number, { top, total }: Softmax): number {
  return Math.exp((weight - top) / FIELD_TEMPERATURE) / total;
}
