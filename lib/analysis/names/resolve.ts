import { normalizeName, type NormalizedName } from './normalize';

/** One person behind a set of name spellings. */
export interface Person {
  /**
   * Stable id within one resolution: the name key, plus the full given name or homonym number when
   * the key is shared, or plus the site's person id when that id keeps namesakes apart.
   */
  id: string;
  /** The longest spelling seen, usually the fullest ("Marta de Vries" over "M de Vries"). */
  name: string;
  spellings: string[];
  /** The site's person id (dblp pid), set only where it keeps this person apart from a namesake. */
  siteId?: string;
  /** The person's page on the site that gave `siteId`. */
  url?: string;
}

/**
 * Groups author-name spellings into people. Spellings with the same key ("smith j") are one person
 * unless they carry different full first names or dblp homonym numbers ("John Smith", "Jane
 * Smith"). Then each full form is its own person, and an initials-only spelling ("J Smith") goes to
 * the full form seen most often.
 * NOTE: two people who write their names only as the same initials are merged into one.
 */
export function resolvePeople(spellings: Iterable<string>): Map<string, Person> {
  const counts = new Map<string, number>();
  for (const spelling of spellings) {
    const trimmed = spelling.trim();
    if (trimmed) counts.set(trimmed, (counts.get(trimmed) ?? 0) + 1);
  }

  const byKey = new Map<string, { spelling: string; name: NormalizedName; count: number }[]>();
  for (const [spelling, count] of counts) {
    const name = normalizeName(spelling);
    if (!name) continue;
    const group = byKey.get(name.key) ?? [];
    group.push({ spelling, name, count });
    byKey.set(name.key, group);
  }

  const result = new Map<string, Person>();
  for (const [key, group] of byKey) {
    const discriminated = new Map<string, { person: Person; count: number }>();
    const loose: typeof group = [];
    for (const entry of group) {
      const tag = discriminator(entry.name);
      if (tag === null) {
        loose.push(entry);
        continue;
      }
      const found = discriminated.get(tag) ?? { person: { id: `${key}|${tag}`, name: entry.spelling, spellings: [] }, count: 0 };
      found.count += entry.count;
      addSpelling(found.person, entry.spelling);
      discriminated.set(tag, found);
    }
    if (discriminated.size === 1) {
      // One full form only: the key alone is the id, so adding a spelling never renames the person.
      for (const found of discriminated.values()) found.person.id = key;
    }
    let target = [...discriminated.values()].sort((a, b) => b.count - a.count)[0]?.person;
    target ??= { id: key, name: loose[0]?.spelling ?? key, spellings: [] };
    for (const entry of loose) addSpelling(target, entry.spelling);
    for (const person of [target, ...[...discriminated.values()].map((found) => found.person)]) {
      for (const spelling of person.spellings) result.set(spelling, person);
    }
  }
  return result;
}

/** Returns what distinguishes people who share a key: a dblp homonym number, else a full first name. */
function discriminator(name: NormalizedName): string | null {
  if (name.homonym) return `#${name.homonym}`;
  const first = name.given[0];
  if (name.cjk) return first ?? null;
  return first && first.length > 1 ? first : null;
}

function addSpelling(person: Person, spelling: string): void {
  if (person.spellings.includes(spelling)) return;
  person.spellings.push(spelling);
  if (spelling.length > person.name.length) person.name = spelling;
}
