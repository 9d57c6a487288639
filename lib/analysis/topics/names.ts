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
    const family = familyOf(author.name);
    if (family.length < MIN_NAME_LENGTH || !lowered.includes(family.toLowerCase())) continue;
    for (const token of tokenize(family)) if (token.length >= MIN_NAME_LENGTH) names.add(token);
  }
  return names;
}

/** Papers with author lists a profile needs before the name on most of them counts as its owner's. */
const MIN_OWNER_PAPERS = 3;

/**
 * Returns the folded family names found on more than half of the papers that list authors: the
 * profile owner's. The owner's name in a title by editors or biographers ("Einstein: a pictorial
 * biography") is no evidence of a topic either.
 */
export function ownerFamilyNames(papers: readonly { authors?: readonly { name: string }[] | undefined }[]): Set<string> {
  const counts = new Map<string, number>();
  let listed = 0;
  for (const paper of papers) {
    if (!paper.authors || paper.authors.length === 0) continue;
    listed++;
    const seen = new Set<string>();
    for (const author of paper.authors) {
      const family = familyOf(author.name).toLowerCase();
      if (family.length < MIN_NAME_LENGTH || seen.has(family)) continue;
      seen.add(family);
      counts.set(family, (counts.get(family) ?? 0) + 1);
    }
  }
  const names = new Set<string>();
  if (listed < MIN_OWNER_PAPERS) return names;
  for (const [family, count] of counts) {
    if (count > listed / 2) for (const token of tokenize(family)) if (token.length >= MIN_NAME_LENGTH) names.add(token);
  }
  return names;
}

function familyOf(name: string): string {
  const comma = name.indexOf(',');
  return comma > 0 ? name.slice(0, comma) : lastWord(name);
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
