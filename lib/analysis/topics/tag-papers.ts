import type { Topic } from '../../model';
import { chooseTags, mayNeedPrior, priorCanChange, scorePaper, type ScoredPaper, type TagInput } from './tagger';
import { topicMix } from './profile-prior';
import { ownerFamilyNames } from './names';

/**
 * Version of the tags: raise it whenever a change to the taxonomy, the tables or the lexicons can
 * give other tags for the same paper, so that stored papers are tagged again when seen next.
 */
export const TAGGER_VERSION = '2026-12-10.14';

/**
 * Tags a profile's papers in two passes: the first without a prior, the second with the topic mix of
 * the first pass plus `knownTopics` (tags of the profile's papers stored earlier) to break close calls.
 * The family name on most of the papers is the owner's, and no evidence in any title. Each paper
 * is scored once. Only papers with two or more tags after the first pass whose two best candidates
 * are a close call, and whose candidates the prior reorders, choose again.
 */
export function tagProfilePapers(papers: readonly TagInput[], knownTopics: readonly (readonly Topic[])[] = []): Topic[][] {
  const tagged: Topic[][] = [];
  // Only the papers that may choose again are kept scored, so the rest can be collected early.
  const closeCalls: { index: number; scored: ScoredPaper }[] = [];
  const owner = ownerFamilyNames(papers);
  papers.forEach((paper, index) => {
    const scored = scorePaper(paper, undefined, owner);
    const topics = chooseTags(scored);
    tagged.push(topics);
    if (topics.length >= 2 && mayNeedPrior(scored)) closeCalls.push({ index, scored });
  });

  const prior = topicMix([...knownTopics, ...tagged]);
  for (const { index, scored } of closeCalls) {
    if (priorCanChange(scored, prior)) tagged[index] = chooseTags(scored, prior);
  }
  return tagged;
}
