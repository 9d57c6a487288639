import type { Topic } from '../../model';
import { chooseTags, priorCanChange, scorePaper, type TagInput } from './tagger';
import { topicMix } from './profile-prior';

/**
 * Version of the tags: raise it whenever a change to the taxonomy, the tables or the lexicons can
 * give other tags for the same paper, so that stored papers are tagged again when seen next.
 */
export const TAGGER_VERSION = '2026-12-05.6';

/**
 * Tags a profile's papers in two passes: the first without a prior, the second with the topic mix of
 * the first pass plus `knownTopics` (tags of the profile's papers stored earlier) to break close calls.
 * Each paper is scored once. Only papers with two or more tags after the first pass whose two best
 * candidates are a close call choose again.
 */
export function tagProfilePapers(papers: readonly TagInput[], knownTopics: readonly (readonly Topic[])[] = []): Topic[][] {
  const scored = papers.map((paper) => scorePaper(paper));
  const first = scored.map((paper) => chooseTags(paper));
  const prior = topicMix([...knownTopics, ...first]);
  return scored.map((paper, index) => {
    const topics = first[index] as Topic[];
    return topics.length >= 2 && priorCanChange(paper, prior) ? chooseTags(paper, prior) : topics;
  });
}
