import { foldText, namesCompatible, normalizeName, PARTICLES, type NormalizedName } from './normalize';

/** Titles and degrees that profile names carry ("Prof. Hrudananda Jena, Ph.D"). */
const HONORIFICS = /\b(?:Prof|Dr|PhD|Ph\.D)\b\.?/gu;

/**
 * Builds a test for the profile owner's own entries in author lists. Profile names come in
 * either order ("Albert Einstein", "Irshad K A"), so each word of two letters or more is tried as
 * the family name with the other words as given names. A name written only in initials matches
 * when its letters are the owner's initials in any order ("IK A" for "Irshad K A"), or in name order
 * with a particle left out or written whole ("CDS" and "CDDOSS" for "Carlos Denner dos Santos").
 * NOTE: a co-author whose family name is one of the owner's given names and whose initial fits
 * ("E Albert" for "Albert Einstein") is taken for the owner.
 */
export function ownerMatcher(ownerName: string): (authorName: string) => boolean {
  const stripped = stripProfileNotes(ownerName);
  const cleaned = stripped.replace(/,/g, ' ').trim();
  const forms = ownerForms(cleaned);
  // A name in sorted form keeps a family name of several words whole ("Pérez Gómez, A.").
  const sorted = stripped.includes(',') ? normalizeName(stripped) : null;
  if (sorted) forms.push(sorted);
  const initials = initialsOf(withoutSuffix(cleaned));
  const runs = initialRuns(withoutSuffix(cleaned));
  return (authorName) => {
    const name = normalizeName(authorName);
    if (!name) return false;
    if (forms.some((form) => namesCompatible(form, name))) return true;
    const bare = withoutSuffix(authorName);
    if (initials !== '' && initialsOnly(bare) && initialsOf(bare) === initials) return true;
    const run = capitalsRun(bare);
    return run !== null && runs.has(run);
  };
}

/**
 * Returns the folded initials of a name in order, with each particle as its initial, whole or left
 * out: "Carlos Denner dos Santos" gives "cdds", "cddoss" and "cds".
 */
function initialRuns(name: string): Set<string> {
  let runs = [''];
  for (const token of nameWords(name)) {
    const word = foldText(token);
    let choices = [word.charAt(0)];
    if (PARTICLES.has(word)) choices = [word.charAt(0), word, ''];
    else if (/^\p{Lu}{2,4}$/u.test(token)) choices = [word];
    runs = runs.flatMap((run) => choices.map((choice) => run + choice));
  }
  // One letter alone is too weak to take a name for the owner.
  return new Set(runs.filter((run) => run.length > 1));
}

/** Returns a name written only in capitals ("CDDOSS", "C. D. S."), folded and without spaces, or null. */
function capitalsRun(name: string): string | null {
  const tokens = nameWords(name);
  if (tokens.length === 0 || !tokens.every((token) => /^\p{Lu}+$/u.test(token))) return null;
  return foldText(tokens.join(''));
}

/**
 * Removes titles, degrees and notes that profile headers and co-author panels add to a name:
 * "Prof. Hrudananda Jena, Ph.D" gives "Hrudananda Jena", and a note in parentheses is dropped
 * even when the site cut it short ("Josivania Silva Farias (ORCID: 0000-0...").
 */
export function stripProfileNotes(name: string): string {
  return name
    .replace(/[(（][^)）]*(?:[)）]|$)/g, ' ')
    .replace(HONORIFICS, ' ')
    .replace(/[\s,]+$/, '')
    .replace(/^[\s,]+/, '')
    .replace(/\s+/g, ' ');
}

function ownerForms(ownerName: string): NormalizedName[] {
  const standard = normalizeName(ownerName);
  const forms: NormalizedName[] = standard ? [standard] : [];
  if (standard?.cjk) return forms;
  const tokens = ownerName.split(/\s+/).filter(Boolean);
  tokens.forEach((family, index) => {
    if (family.replace(/\./g, '').length < 2) return;
    const others = tokens.filter((_, other) => other !== index);
    const form = normalizeName(`${others.join(' ')} ${family}`.trim());
    if (form) forms.push(form);
  });
  return forms;
}

/** A generational suffix at the end of a name ("Júnior", "Jr.", "Filho"), which initials leave out. */
const TRAILING_SUFFIX = /\s+(?:jr\.?|sr\.?|ii|iii|iv|j[uú]nior|filho|neto|sobrinho)\s*$/iu;

/** Removes a trailing generational suffix: "CDDS Júnior" gives "CDDS". */
function withoutSuffix(name: string): string {
  return name.replace(TRAILING_SUFFIX, '');
}

/** Splits a name into its words, with full stops read as spaces ("K.A. Irshad" gives "K", "A", "Irshad"). */
function nameWords(name: string): string[] {
  return name.replace(/\./g, ' ').split(/\s+/).filter(Boolean);
}

/** True for a name such as "IK A" or "K. A." with no word longer than four capitals. */
function initialsOnly(name: string): boolean {
  const tokens = nameWords(name);
  return tokens.length > 0 && tokens.every((token) => /^\p{Lu}{1,4}$/u.test(token));
}

/** Sorted first letters of each word, with blocks of up to four capitals split into letters ("KA Irshad" gives "aik"). */
function initialsOf(name: string): string {
  const letters: string[] = [];
  for (const token of nameWords(name)) {
    if (/^\p{Lu}{1,4}$/u.test(token)) letters.push(...[...token].map(foldText));
    else letters.push(foldText(token.charAt(0)));
  }
  return letters.sort().join('');
}
