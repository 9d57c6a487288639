import { tokenize } from './tokens';

/** Family names shorter than this ("Li", "Ng") stay evidence, because such tokens also spell symbols ("Li" for lithium). */
const MIN_NAME_LENGTH = 3;

/**
 * Returns the folded family names of a paper's authors that `text` contains: the part before a
 * comma ("Einstein, A."), otherwise the last word ("A Einstein"), and both parts of a hyphenated
 * name. Most titles contain no author name, so a plain substring test skips tokenizing the rest.
 */
export function familyNameTokens(authors: readonly { name: string }[] | undefined, text: string): Set<string> {
  const names = new Set<string>();
  if (!authors || authors.length === 0) return names;
  const lowered = text.toLowerCase();
  for (const author of authors) {
    const comma = author.name.indexOf(',');
    const family = comma > 0 ? author.name.slice(0, comma) : lastWord(author.name);
    if (family.length < MIN_NAME_LENGTH || !lowered.includes(family.toLowerCase())) continue;
    for (const token of tokenize(family)) if (token.length >= MIN_NAME_LENGTH) names.add(token);
  }
  return names;
}

function lastWord(name: string): string {
  const words = name.trim().split(/\s+/);
  return words[words.length - 1] ?? '';
}

/**
 * Blanks, in place, the tokens that spell one of the authors' family names, so that a name in a
 * title ("The collected papers of Albert Einstein", by A Einstein) is no evidence of a topic.
 * A blank keeps its place, so the words on either side never join into a phrase.
 * NOTE: a family name that is also a topic word ("Black", "Field", "Hall") is blanked as well, in
 * that author's own titles only. How often this removes real evidence is not measured.
 */
export function blankNames(tokens: string[], names: ReadonlySet<string>): void {
  if (names.size === 0) return;
  for (let i = 0; i < tokens.length; i++) if (names.has(tokens[i] ?? '')) tokens[i] = '';
}
