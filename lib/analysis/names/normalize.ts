import { splitName } from '../../export/person';

/** An author name reduced to the parts that decide whether two spellings can be one person. */
export interface NormalizedName {
  /** Family name without case, diacritics, particles ("de", "van den"), hyphens or apostrophes. */
  family: string;
  /** Given names in the same folded form; initials become one-letter words ("KA" gives "k", "a"). */
  given: string[];
  /** dblp's homonym number ("0001"), which distinguishes people who share a name on dblp. */
  homonym?: string;
  /** True for names written in CJK script, which are compared whole rather than by initials. */
  cjk: boolean;
  /** Grouping key: family and first initial ("vries m"), or the whole folded name in CJK script. */
  key: string;
}

/** Particles of family names ("de", "van den"), lower-case. */
export const PARTICLES: ReadonlySet<string> = new Set([
  'van', 'von', 'de', 'da', 'das', 'del', 'della', 'der', 'den', 'des', 'di', 'dos', 'du', 'la', 'le', 'ter', 'ten', 'zu',
]);
/** Generational suffixes, including the Portuguese "Júnior", "Filho" and "Neto" that Brazilian names end with. */
const SUFFIX_WORDS = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'junior', 'filho', 'neto', 'sobrinho']);
const HOMONYM_NUMBER = /\s(\d{4})$/;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** A block of two or three capitals written as one word, as Scholar writes initials ("KA", "PGR"). */
const INITIALS_BLOCK = /^\p{Lu}{2,3}$/u;

/** Lower-cases and strips diacritics, as in "Núñez" to "nunez". */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/**
 * Normalises an author name as a page writes it ("M de Vries", "Vries, Marta de",
 * "Haoran Lin (林浩然)", "Wei Wang 0002", "王雨桐"). Returns null for a name with no letters.
 * The given/family split comes from `splitName`, which reads Western names given-first unless a
 * comma puts the family name first, and CJK-only names family-first.
 */
export function normalizeName(name: string): NormalizedName | null {
  let normalized = normalizedNames.get(name);
  if (normalized === undefined) {
    if (normalizedNames.size >= NORMALIZED_CACHE_SIZE) normalizedNames.clear();
    normalized = normalizeUncached(name);
    normalizedNames.set(name, normalized);
  }
  return normalized;
}

/**
 * Names normalised before, as one profile's summaries read each spelling several times. The
 * results are shared, so callers must not change them. The cache starts over once it is full.
 */
const normalizedNames = new Map<string, NormalizedName | null>();
const NORMALIZED_CACHE_SIZE = 50_000;

function normalizeUncached(name: string): NormalizedName | null {
  const trimmed = name.replace(/\s+/g, ' ').trim();
  const homonym = HOMONYM_NUMBER.exec(trimmed)?.[1];
  const parts = splitName(trimmed);
  if (!parts.family && !parts.given) return null;

  if (CJK.test(parts.family) || CJK.test(parts.given)) {
    const family = parts.family.replace(/\s+/g, '');
    const given = parts.given.replace(/\s+/g, '');
    const key = given ? `${family} ${given}` : family;
    return withHomonym({ family, given: given ? [given] : [], cjk: true, key }, homonym);
  }

  // Particles go ("de Vries" gives "vries"), unless the family name is only a particle: "Du", "Le"
  // and "Van" are Chinese and Vietnamese family names.
  const allFamilyWords = words(parts.family);
  let familyWords = allFamilyWords.filter((word) => !PARTICLES.has(word));
  if (familyWords.length === 0) familyWords = allFamilyWords.slice(-1);
  let givenWords = givenNameWords(parts.given);
  // splitName keeps a suffix only after a comma or as the third word; "Smith Jr" alone stays in the family.
  if (familyWords.length > 1 && SUFFIX_WORDS.has(familyWords[familyWords.length - 1] ?? '')) familyWords.pop();
  if (familyWords.length === 1 && SUFFIX_WORDS.has(familyWords[0] ?? '') && givenWords.length > 1) {
    // "CD dos Santos Júnior": splitName took the suffix for the family name.
    familyWords = givenWords.splice(-1);
    while (givenWords.length > 0 && PARTICLES.has(givenWords[givenWords.length - 1] ?? '')) givenWords.pop();
  }
  if (familyWords.length === 0 && givenWords.length > 0) {
    // A one-word name ("Plato") or a family name made only of particles.
    familyWords = givenWords.slice(-1);
    givenWords = givenWords.slice(0, -1);
  }
  const family = familyWords.join('');
  if (!family) return null;
  const initial = givenWords[0]?.charAt(0);
  return withHomonym({ family, given: givenWords, cjk: false, key: initial ? `${family} ${initial}` : family }, homonym);
}

/** Returns the grouping key of a name (see `NormalizedName.key`), or "" for a name with no letters. */
export function nameKey(name: string): string {
  return normalizeName(name)?.key ?? '';
}

/**
 * Tells whether two normalised names can be the same person: same family name and the given names
 * agree word by word, where an initial agrees with any word it starts ("J Smith", "John Smith").
 * Different dblp homonym numbers never match.
 */
export function namesCompatible(a: NormalizedName, b: NormalizedName): boolean {
  if (a.family !== b.family || a.cjk !== b.cjk) return false;
  if (a.homonym && b.homonym && a.homonym !== b.homonym) return false;
  if (a.cjk) return a.given.length === 0 || b.given.length === 0 || a.given[0] === b.given[0];
  const shared = Math.min(a.given.length, b.given.length);
  for (let i = 0; i < shared; i++) {
    if (!givenWordsAgree(a.given[i] ?? '', b.given[i] ?? '')) return false;
  }
  return true;
}

function givenWordsAgree(a: string, b: string): boolean {
  if (a.length === 1 || b.length === 1) return a.charAt(0) === b.charAt(0);
  return a === b;
}

/** Given-name words, with a capital block such as "KA" or dotted "J.R.R." read as initials. */
function givenNameWords(given: string): string[] {
  const result: string[] = [];
  for (const token of given.split(/[\s.]+/)) {
    if (!token) continue;
    if (INITIALS_BLOCK.test(token)) {
      for (const letter of token) result.push(foldText(letter));
      continue;
    }
    const folded = words(token).join('');
    if (folded && !SUFFIX_WORDS.has(folded)) result.push(folded);
  }
  return result;
}

function words(text: string): string[] {
  return foldText(text)
    .replace(/[-'’\u02b9-\u02bc]/g, '')
    .split(/[^\p{L}]+/u)
    .filter((word) => word !== '');
}

function withHomonym(name: NormalizedName, homonym: string | undefined): NormalizedName {
  return homonym ? { ...name, homonym } : name;
}
