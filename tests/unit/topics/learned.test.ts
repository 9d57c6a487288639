import { describe, expect, it } from 'vitest';
import { createLearnedScorer, shippedScorer } from '../../../lib/analysis/topics/learned';
import { LEARNED_LEXICON } from '../../../lib/analysis/topics/learned-lexicon';
import { learnedTerms, tokenize } from '../../../lib/analysis/topics/tokens';

/** Titles with stopwords between words, plurals, accents, numbers and repeated words. */
const TITLES = [
  'Graph neural networks for molecular property prediction',
  'Dark matter halos of massive galaxy clusters and the galaxy cluster mass function',
  'Quantum error correction with superconducting qubits: a review of surface codes',
  'Gestão de riscos no setor público: revisão bibliométrica',
  'On the 3D reconstruction of neural radiance fields from 100 images',
  'Deep learning, deep learning everywhere: learning to rank with deep networks',
];

const ABSTRACT = 'We study graph neural networks and message passing on molecular graphs, and compare them with kernels.';

/** Reference evidence: the terms of `learnedTerms` that the class lists, strongest first, ties in order of use. */
function referenceEvidence(classId: string, title: string, abstract = ''): string[] {
  const weights = new Map<string, number>();
  for (const entry of (LEARNED_LEXICON[classId] as string).split('|')) {
    const split = entry.lastIndexOf('=');
    weights.set(entry.slice(0, split), Number(entry.slice(split + 1)));
  }
  const titleTerms = learnedTerms(title);
  const abstractTerms = [...learnedTerms(abstract)].filter((term) => !titleTerms.has(term));
  return [...titleTerms, ...abstractTerms]
    .filter((term) => weights.has(term))
    .map((term) => [term, weights.get(term) as number] as const)
    .sort((a, b) => b[1] - a[1])
    .map(([term]) => term);
}

describe('learned scorer', () => {
  it('names evidence like learnedTerms', () => {
    const scorer = shippedScorer();
    for (const title of TITLES) {
      const terms = scorer.termsOf(tokenize(title), []);
      for (const classId of Object.keys(LEARNED_LEXICON)) {
        expect(scorer.evidence(classId, terms), `${classId}: ${title}`).toEqual(referenceEvidence(classId, title));
      }
    }
  });

  it('adds abstract terms the title lacks', () => {
    const scorer = shippedScorer();
    const title = TITLES[0] as string;
    const terms = scorer.termsOf(tokenize(title), tokenize(ABSTRACT));
    for (const classId of ['cs.LG', 'physics.chem-ph', 'stat.ML']) {
      expect(scorer.evidence(classId, terms), classId).toEqual(referenceEvidence(classId, title, ABSTRACT));
    }
  });

  it('counts the classes of a term', () => {
    const scorer = shippedScorer();
    for (const term of ['galaxy', 'dark matter', 'network']) {
      const expected = Object.values(LEARNED_LEXICON).filter((entries) => entries.split('|').some((entry) => entry.startsWith(`${term}=`))).length;
      expect(scorer.classCount(term), term).toBe(expected);
    }
    expect(scorer.classCount('no such term')).toBe(0);
  });

  it('pairs only adjacent words', () => {
    const scorer = createLearnedScorer({ 'cs.LG': 'graph neural=4|neural=1|graph=1', 'math.CO': 'graph=3' });
    const adjacent = scorer.termsOf(tokenize('Graph neural models'), []);
    expect(scorer.evidence('cs.LG', adjacent)).toEqual(['graph neural', 'graph', 'neural']);
    const apart = scorer.termsOf(tokenize('Graph of neural models'), []);
    expect(scorer.evidence('cs.LG', apart)).toEqual(['graph', 'neural']);
  });

  it('skips terms learnedTerms cannot form', () => {
    const scorer = createLearnedScorer({ 'cs.LG': 'of=9|the graph=9|graph=1' });
    const terms = scorer.termsOf(tokenize('Of the graph'), []);
    expect(scorer.evidence('cs.LG', terms)).toEqual(['graph']);
    expect(scorer.classCount('of')).toBe(0);
  });
});
