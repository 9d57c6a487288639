import type { Person } from '../names';

/** The note in brackets after the name of a namesake that the site gave no person id. */
export const NO_SITE_ID = 'no id';

/**
 * Returns, per person id, the name to print so that no two people read the same. A name that no
 * other person has (ignoring case) is printed as it is. A shared name gets a note in brackets:
 * the person's site id ("Wei Zhang (77/2020-1)"), or `NO_SITE_ID` where the site gave none.
 * People whose name and note both match are numbered in the order given ("Wei Zhang (no id, 2)").
 */
export function displayNames(people: Iterable<Person>): Map<string, string> {
  const list = [...people];
  const nameCounts = countBy(list.map((person) => person.name));
  const notes = new Map<Person, string>();
  for (const person of list) {
    if ((nameCounts.get(person.name.toLowerCase()) ?? 0) > 1) notes.set(person, person.siteId ?? NO_SITE_ID);
  }
  const notedCounts = countBy([...notes].map(([person, note]) => `${person.name} (${note})`));

  const printed = new Map<string, string>();
  const numbers = new Map<string, number>();
  for (const person of list) {
    const note = notes.get(person);
    if (note === undefined) {
      printed.set(person.id, person.name);
      continue;
    }
    const noted = `${person.name} (${note})`;
    const key = noted.toLowerCase();
    if ((notedCounts.get(key) ?? 0) < 2) {
      printed.set(person.id, noted);
      continue;
    }
    const number = (numbers.get(key) ?? 0) + 1;
    numbers.set(key, number);
    printed.set(person.id, `${person.name} (${note}, ${number})`);
  }
  return printed;
}

/** Counts each name, ignoring case. */
function countBy(names: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const name of names) {
    const key = name.toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
