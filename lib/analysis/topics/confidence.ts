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
