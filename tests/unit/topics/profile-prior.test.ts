import { describe, expect, it } from 'vitest';
import { applyPrior, priorReorders, topicMix } from '../../../lib/analysis/topics/profile-prior';
import { weightOf, type Candidate } from '../../../lib/analysis/topics/tagger';
import type { Topic } from '../../../lib/model';

const CS = 'Computer Science';
const MATH = 'Mathematics';

function candidate(classId: string, field: string, lexicon: number, learned = 0): Candidate {
  return { field, classId, label: classId, lexicon, venue: 0, learned, prior: 0, phrases: [] };
}

function topic(classId: string, field: string): Topic {
  return { field, class: classId, label: classId, score: 1, tier: 'lexicon' };
}

/** Returns the mix of ten papers: `ir` of them with cs.IR as best topic, the rest with math.PR. */
function mixWith(ir: number) {
  return topicMix(Array.from({ length: 10 }, (_, index) => [index < ir ? topic('cs.IR', CS) : topic('math.PR', MATH)]));
}

/** Candidate lists by name, each sorted as scorePaper leaves them. */
const CASES: [name: string, candidates: () => Candidate[]][] = [
  ['close call, prior on second', () => [candidate('cs.LG', CS, 10), candidate('cs.IR', CS, 9)]],
  ['close call, prior on first', () => [candidate('cs.IR', CS, 10), candidate('cs.LG', CS, 9)]],
  ['clear case', () => [candidate('cs.LG', CS, 10), candidate('cs.IR', CS, 5)]],
  ['prior reorders the rest', () => [candidate('cs.LG', CS, 10), candidate('cs.AI', CS, 9), candidate('math.PR', MATH, 8.9, 0.05)]],
  ['best field first, lighter', () => [candidate('cs.LG', CS, 9), candidate('math.PR', MATH, 9.5), candidate('cs.IR', CS, 8)]],
  ['single candidate', () => [candidate('cs.IR', CS, 3)]],
];

describe('priorReorders', () => {
  for (const ir of [0, 3, 10]) {
    it.each(CASES)(`agrees with applyPrior: %s, ${ir} of 10`, (_, make) => {
      const mix = mixWith(ir);
      const candidates = make();
      const before = [...candidates];
      applyPrior(candidates, mix, weightOf);
      const changed = candidates.some((item, index) => item !== before[index] || item.prior !== 0);
      expect(priorReorders(make(), mix, weightOf)).toBe(changed);
    });
  }
});
