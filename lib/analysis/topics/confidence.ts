import type { Topic } from '../../model';

/**
 * Score below which a best tag read from title words alone is not shown, charted or exported.
 * Such tags rest on words common to many fields: "data" and "quality" gave Databases at 0.11 to a
 * meat-science paper.
 */
export const MIN_BEST_WORD_SCORE = 0.15;

/** Returns the tag a paper is shown and counted under, or null when its best tag is too weak. */
export function confidentBest(topics: readonly Topic[]): Topic | null {
  const best = topics[0];
  if (!best) return null;
  const fromWords = best.tier === 'lexicon' || best.tier === 'profile-prior';
  return fromWords && best.score < MIN_BEST_WORD_SCORE ? null : best;
}

/** Tags after the first with a score below this are left off the row as too uncertain to show. */
export const MIN_SHOWN_SCORE = 0.1;

/** Returns the best tag and up to two more that are likely enough to show; user tags always show. */
export function shownTopics(topics: Topic[]): Topic[] {
  // When even the best tag is too weak to show, the weaker ones are left off with it.
  if (!confidentBest(topics)) return topics.filter((topic) => topic.tier === 'user');
  const labels = new Set<string>();
  return topics.slice(0, 3).filter((topic, index) => {
    // Two classes can share a label (cs.LG and stat.ML are both "Machine Learning"); show it once.
    if (labels.has(topic.label)) return false;
    labels.add(topic.label);
    return index === 0 || topic.tier === 'user' || topic.score >= MIN_SHOWN_SCORE;
  });
}
