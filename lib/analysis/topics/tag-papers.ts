import type { Topic } from '../../model';
import { tagPaper, type TagInput } from './tagger';
import { topicMix } from './profile-prior';

/**
 * Tags a profile's papers in two passes: the first without a prior, the second with the topic mix of
 * the first pass plus `knownTopics` (tags of the profile's papers stored earlier) to break close calls.
 * Only papers with two or more tags after the first pass are tagged again, since a close call needs two
 * candidates.
 */
export function tagProfilePapers(papers: readonly TagInput[], knownTopics: readonly (readonly Topic[])[] = []): Topic[][] {
  const first = papers.map((paper) => tagPaper(paper));
  const prior = topicMix([...knownTopics, ...first]);
  return papers.map((paper, index) => {
    const topics = first[index] as Topic[];
    return topics.length >= 2 && topics[0]?.tier !== 'arxiv-category' ? tagPaper(paper, { prior }) : topics;
  });
}
