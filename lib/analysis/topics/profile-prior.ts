import type { Topic } from '../../model';
import { sortByWeight, type Candidate } from './candidates';

/** Shares of a profile's tagged papers by best class and by best field, each between 0 and 1. */
export interface TopicMix {
  papers: number;
  classes: Record<string, number>;
  fields: Record<string, number>;
}

// NOTE: no profile-level labels exist to tune on, so these four constants are judgements, checked only
// by reading tags on saved Scholar profiles.
/** Minimum number of tagged papers before a profile's mix is used as a prior. */
const MIN_PAPERS = 5;
/** Two best candidates closer than this share of the best weight count as a close call. */
const CLOSE_CALL = 0.25;
/** Share of the best weight that the prior adds to a candidate whose class makes up the whole profile. */
const PRIOR_SHARE = 0.3;
/**
 * Smallest share of the profile (as `shareOf` weighs it) that gains a candidate any prior weight. A
 * topic rarer than that on the profile is no reason to prefer it: such shares settled close calls for
 * Materials Science on a paper by Einstein with "0% of its papers" as the reason.
 */
const MIN_DECIDING_SHARE = 0.05;

/** Counts the best topic of each tagged paper, by class and by field. Papers without topics are left out. */
export function topicMix(topicLists: readonly (readonly Topic[])[]): TopicMix {
  const classes: Record<string, number> = {};
  const fields: Record<string, number> = {};
  let papers = 0;
  for (const topics of topicLists) {
    const best = topics[0];
    if (!best) continue;
    papers++;
    fields[best.field] = (fields[best.field] ?? 0) + 1;
    if (best.class) classes[best.class] = (classes[best.class] ?? 0) + 1;
  }
  for (const key of Object.keys(classes)) classes[key] = (classes[key] ?? 0) / papers;
  for (const key of Object.keys(fields)) fields[key] = (fields[key] ?? 0) / papers;
  return { papers, classes, fields };
}

/**
 * Adds the profile prior to candidates sorted best first when the two best are a close call, and
 * re-sorts them. A candidate whose class (or, at half strength, field) makes up the whole profile gains
 * `PRIOR_SHARE` of the best weight. Only a candidate the prior moved to the top keeps its prior weight,
 * so its tier shows that the profile decided.
 */
export function applyPrior(candidates: Candidate[], mix: TopicMix, weightOf: (candidate: Candidate) => number): void {
  if (!isCloseCall(candidates, mix, weightOf)) return;
  const first = candidates[0] as Candidate;
  const best = weightOf(first);

  for (const candidate of candidates) candidate.prior = priorWeight(candidate, mix, best);
  sortByWeight(candidates, weightOf);
  const top = candidates[0] as Candidate;
  for (const candidate of candidates) if (candidate !== top || top === first) candidate.prior = 0;
  if (top === first) return;
  // A class that gained no prior weight rose only because it weighs more than the best field's
  // class that led, so the profile is not named as the reason.
  if (top.prior === 0) return;

  top.phrases.push(priorReason(top, mix));
  sortByWeight(candidates, weightOf, 1);
}

/**
 * Tells whether `applyPrior` would change candidates whose prior weights are still 0. It changes them
 * only when its sort reorders them, so when the order stays, the tags stay those chosen without the
 * prior. Each sort key here is the weight plus the prior weight, the same number `applyPrior` sorts by.
 */
export function priorReorders(candidates: readonly Candidate[], mix: TopicMix, weightOf: (candidate: Candidate) => number): boolean {
  if (!isCloseCall(candidates, mix, weightOf)) return false;
  const best = weightOf(candidates[0] as Candidate);
  let previous = Infinity;
  for (const candidate of candidates) {
    const key = weightOf(candidate) + priorWeight(candidate, mix, best);
    // A stable sort moves a candidate only past one with a smaller key.
    if (key > previous) return true;
    previous = key;
  }
  return false;
}

/** Tells whether the mix covers enough papers and the two best candidates are close enough for a prior. */
export function isCloseCall(candidates: readonly Candidate[], mix: TopicMix, weightOf: (candidate: Candidate) => number): boolean {
  return mix.papers >= MIN_PAPERS && isCloseRace(candidates, weightOf);
}

/** Tells whether the two best candidates are close enough for a prior, whatever the mix. */
export function isCloseRace(candidates: readonly Candidate[], weightOf: (candidate: Candidate) => number): boolean {
  const first = candidates[0];
  const second = candidates[1];
  if (!first || !second) return false;
  const best = weightOf(first);
  return best - weightOf(second) <= CLOSE_CALL * best;
}

function priorWeight(candidate: Candidate, mix: TopicMix, best: number): number {
  const share = shareOf(candidate, mix);
  return share < MIN_DECIDING_SHARE ? 0 : PRIOR_SHARE * best * share;
}

/**
 * Names the share of the profile that moved a candidate to the top: its class's share, or its
 * field's share when half of that counted for more, as `shareOf` weighs them.
 */
function priorReason(candidate: Candidate, mix: TopicMix): string {
  const classShare = candidate.classId ? (mix.classes[candidate.classId] ?? 0) : 0;
  const fieldShare = mix.fields[candidate.field] ?? 0;
  const percent = (share: number) => `${Math.round(100 * share)}%`;
  if (classShare >= 0.5 * fieldShare) return `this profile: ${percent(classShare)} of its papers are ${candidate.label}`;
  return `this profile: ${percent(fieldShare)} of its papers are in ${candidate.field}`;
}

function shareOf(candidate: Candidate, mix: TopicMix): number {
  const classShare = candidate.classId ? (mix.classes[candidate.classId] ?? 0) : 0;
  return Math.max(classShare, 0.5 * (mix.fields[candidate.field] ?? 0));
}
