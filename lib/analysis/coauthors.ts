import type { Paper } from '../model';

export interface CoauthorSummary {
  /** The longest spelling seen for this name key. */
  name: string;
  /** Papers the co-author shares with the owner. */
  count: number;
  firstYear: number | null;
  lastYear: number | null;
  /** `count` divided by the number of papers. */
  share: number;
}

/**
 * Generational suffixes, dropped when they end a name of three or more words ("J Smith Jr").
 * Shorter names keep them, because "IV Petrov" or "Petrov IV" uses "IV" as initials.
 */
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/**
 * Builds the grouping key of a person's name: family name and first initial, as "einstein a".
 * The family name is the part before a comma ("Einstein, Albert") or else the last word
 * ("A Einstein", "Albert Einstein"). Case, diacritics, hyphens and apostrophes inside a word,
 * and a generational suffix such as "Jr" are ignored. Returns "" for a name with no letters.
 * NOTE: different people with the same family name and initial share a key.
 */
export function nameKey(name: string): string {
  const comma = name.indexOf(',');
  if (comma >= 0) {
    const familyWords = nameWords(name.slice(0, comma));
    const givenNames = nameWords(name.slice(comma + 1));
    return keyOf(familyWords[familyWords.length - 1] ?? '', givenNames[0]);
  }
  const words = nameWords(name);
  return keyOf(words[words.length - 1] ?? '', words.length > 1 ? words[0] : undefined);
}

/**
 * Counts how often each co-author appears on the owner's papers, most frequent first, then most
 * recent. The owner is recognised in any word order ("Irshad K A" matches "KA Irshad") and is
 * never listed. A co-author is counted once per paper.
 */
export function topCoauthors(papers: Paper[], owner: { name: string }, limit = 10): CoauthorSummary[] {
  const ownerKeys = ownerNameKeys(owner.name);
  const groups = new Map<string, CoauthorSummary>();

  for (const paper of papers) {
    const seen = new Set<string>();
    for (const author of paper.authors) {
      const key = nameKey(author.name);
      if (!key || ownerKeys.has(key) || seen.has(key)) continue;
      seen.add(key);
      const name = author.name.trim();
      const group = groups.get(key);
      if (!group) {
        groups.set(key, { name, count: 1, firstYear: paper.year, lastYear: paper.year, share: 0 });
        continue;
      }
      group.count += 1;
      if (name.length > group.name.length) group.name = name;
      if (paper.year !== null) {
        group.firstYear = group.firstYear === null ? paper.year : Math.min(group.firstYear, paper.year);
        group.lastYear = group.lastYear === null ? paper.year : Math.max(group.lastYear, paper.year);
      }
    }
  }

  const summaries = [...groups.values()];
  for (const summary of summaries) summary.share = summary.count / papers.length;
  summaries.sort(
    (a, b) => b.count - a.count || (b.lastYear ?? 0) - (a.lastYear ?? 0) || a.name.localeCompare(b.name),
  );
  return summaries.slice(0, limit);
}

/**
 * Name keys under which the owner may appear on their own rows. Profile names come in either
 * order ("Albert Einstein", "Irshad K A"), so each word of two letters or more is tried as the
 * family name, with the initial of the first other word.
 * NOTE: a co-author whose family name is the owner's given name and whose initial is the
 * owner's family initial ("E Albert" for "Albert Einstein") is taken for the owner.
 */
function ownerNameKeys(ownerName: string): Set<string> {
  const keys = new Set<string>();
  const words = nameWords(ownerName.replace(',', ' '));
  words.forEach((family, index) => {
    if (family.length < 2) return;
    const givenName = words.find((_, other) => other !== index);
    keys.add(keyOf(family, givenName));
  });
  // A name made only of initials ("A B") has no word to try, so it falls back to the plain key.
  const standard = nameKey(ownerName);
  if (keys.size === 0 && standard) keys.add(standard);
  return keys;
}

/** Lower-cased words of a name without diacritics, inner hyphens, apostrophes or a generational suffix. */
function nameWords(text: string): string[] {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[-'’]/g, '')
    .split(/[^\p{L}]+/u)
    .filter((word) => word !== '');
  if (words.length >= 3 && SUFFIXES.has(words[words.length - 1] ?? '')) words.pop();
  return words;
}

function keyOf(familyName: string, givenName: string | undefined): string {
  if (!familyName) return '';
  return givenName ? `${familyName} ${givenName.charAt(0)}` : familyName;
}
