import type { Paper } from '../../model';
import { normalizeName, ownerMatcher, type Person } from '../names';
import { resolveAuthors } from './authors';
import { displayNames } from './display-names';

export type AuthorPosition = 'first' | 'middle' | 'last' | 'solo';

/** Co-authors of each paper as people, with the owner recognised and left out. */
export interface CoauthorIndex {
  /** Per paper, the ids of its co-authors in page order, each once. */
  coauthors: string[][];
  /** The owner's position per paper, or null where the list is cut short or the owner is not in it. */
  positions: (AuthorPosition | null)[];
  /** Per paper, whether the owner was found in its author list. */
  ownerListed: boolean[];
  people: Map<string, Person>;
  /** Per person id, the name to print, with the site id added where co-authors share a name (see `displayNames`). */
  displayNames: Map<string, string>;
  /** The owner's name as given, or as inferred from the author lists when none was given. */
  owner: string | null;
}

/** With no owner name given, an author on more than this share of the papers is taken as the owner. */
export const INFERRED_OWNER_SHARE = 0.5;

/**
 * Resolves every author on the papers to a person (see `resolveAuthors`, which keeps namesakes
 * with different site ids apart) and finds the owner in each list.
 * Positions are read only from complete lists (`authorsTruncated` false), because the last name
 * of a cut list is not the last author.
 */
export function indexCoauthors(papers: readonly Paper[], ownerName: string | null): CoauthorIndex {
  const resolved = resolveAuthors(papers);
  const spellings = new Set(papers.flatMap((paper) => paper.authors.map((author) => author.name.trim())));
  let owner = ownerName?.trim() ? ownerName.trim() : inferOwner(papers, resolved);
  let ownerSpellings = matchingSpellings(spellings, owner);
  if (ownerSpellings.size === 0 && owner !== null && normalizeName(owner)?.cjk) {
    // A profile name in CJK script matches no author when the lists write it in Latin letters
    // ("鞠天杰" over "T Ju"), so the owner is inferred instead.
    const inferred = inferOwner(papers, resolved);
    if (inferred) {
      owner = inferred;
      ownerSpellings = matchingSpellings(spellings, owner);
    }
  }
  const isOwner = (spelling: string): boolean => ownerSpellings.has(spelling.trim());
  const people = new Map<string, Person>();
  const coauthors: string[][] = [];
  const positions: (AuthorPosition | null)[] = [];
  const ownerListed: boolean[] = [];

  const ownerIds = new Set<string>();
  papers.forEach((paper, paperIndex) => {
    paper.authors.forEach((author, index) => {
      const person = resolved[paperIndex]?.[index];
      if (person && isOwner(author.name)) ownerIds.add(person.id);
    });
  });

  papers.forEach((paper, paperIndex) => {
    const ids: string[] = [];
    let ownerAt = -1;
    paper.authors.forEach((author, index) => {
      const person = resolved[paperIndex]?.[index];
      // A spelling grouped with the owner's ("AH Einstein" beside "A Einstein") is the owner too.
      if (isOwner(author.name) || (person && ownerIds.has(person.id))) {
        if (ownerAt < 0) ownerAt = index;
        return;
      }
      if (!person || ids.includes(person.id)) return;
      ids.push(person.id);
      people.set(person.id, person);
    });
    coauthors.push(ids);
    ownerListed.push(ownerAt >= 0);
    positions.push(paper.authorsTruncated || ownerAt < 0 ? null : positionOf(ownerAt, paper.authors.length));
  });
  return { coauthors, positions, ownerListed, people, displayNames: displayNames(people.values()), owner };
}

/** Finds the author spellings that `ownerMatcher` takes for the owner. */
function matchingSpellings(spellings: Set<string>, owner: string | null): Set<string> {
  const matching = new Set<string>();
  if (!owner) return matching;
  const matcher = ownerMatcher(owner);
  for (const spelling of spellings) if (matcher(spelling)) matching.add(spelling);
  return matching;
}

/**
 * Finds the person on more than `INFERRED_OWNER_SHARE` of the papers that list authors, if any, and
 * returns the spelling the lists use most for them ("A Einstein" on most rows, not "AE Einstein" on one).
 * One paper names no owner, because each of its authors is on all of the papers.
 */
function inferOwner(papers: readonly Paper[], resolved: (Person | null)[][]): string | null {
  const counts = new Map<Person, number>();
  let listed = 0;
  for (const authors of resolved) {
    if (authors.length === 0) continue;
    listed += 1;
    const seen = new Set<Person>();
    for (const person of authors) {
      if (person && !seen.has(person)) {
        seen.add(person);
        counts.set(person, (counts.get(person) ?? 0) + 1);
      }
    }
  }
  if (listed < 2) return null;
  for (const [person, count] of counts) {
    if (count > INFERRED_OWNER_SHARE * listed) return commonestSpelling(papers, resolved, person);
  }
  return null;
}

/** Returns the spelling of `person` found most often in the papers' author lists. The first one seen wins a tie. */
function commonestSpelling(papers: readonly Paper[], resolved: (Person | null)[][], person: Person): string {
  const uses = new Map<string, number>();
  papers.forEach((paper, paperIndex) => {
    paper.authors.forEach((author, index) => {
      if (resolved[paperIndex]?.[index] !== person) return;
      const spelling = author.name.trim();
      uses.set(spelling, (uses.get(spelling) ?? 0) + 1);
    });
  });
  let best = person.name;
  let bestUses = 0;
  for (const [spelling, count] of uses) {
    if (count > bestUses) {
      best = spelling;
      bestUses = count;
    }
  }
  return best;
}

function positionOf(index: number, length: number): AuthorPosition {
  if (length === 1) return 'solo';
  if (index === 0) return 'first';
  return index === length - 1 ? 'last' : 'middle';
}
