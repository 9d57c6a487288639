/** Person-name tests for author lists written in any of the usual citation styles. */

/** Lower-case name particles ("van", "de la", "bin"). */
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'dos', 'das', 'bin', 'ibn', 'al', 'ter', 'ten', 'y', 'e', 'zu', "'t", '’t']);

/**
 * Capitalised words that occur in titles and venues but hardly ever in names. They keep a
 * title-case title such as "Deep Learning, Neural Networks" from reading as two people.
 */
const NOT_NAMES = new Set(
  (
    'the of in on for and with from to a an at by via using towards toward is are ' +
    'learning deep neural network networks model models analysis data system systems journal proceedings conference ' +
    'international workshop symposium transactions letters review reviews science sciences research ' +
    'university institute department school press nature physical physics chemistry biology medicine ' +
    'computer computing engineering language languages information theory method methods approach study ' +
    'detection recognition generation prediction evaluation benchmark dataset large small new fast efficient ' +
    'annual meeting society association ieee acm preprint vol volume pages pp issue edition report abstract ' +
    'january february march april may june july august september october november december news award'
  ).split(' '),
);

const TRAILING_MARKS = /[*†‡§¹²³#]+$/u;
const INITIALS = /^(?:\p{Lu}\.?(?:-\p{Lu}\.?)?){1,3}$/u;
/**
 * A capitalised word; inner capitals after "Mc", "O'" or a hyphen are allowed ("McBrearty", "Jean-Marc"),
 * and so are short lower-case particles between hyphens ("Gómez-de-Mariscal", "Abd-el-Rahman").
 */
const WORD = /^\p{Lu}[\p{Ll}\p{M}'’]*(?:(?:-\p{Ll}{1,3})*[-'’]?\p{Lu}[\p{Ll}\p{M}'’]*)*$/u;
/** Text after a list that names only its first authors: "…", "et al.", "and others", "and 8 more authors". */
const TRUNCATION = /^(?:\.\.\.|…|et al\.?|others|\d+ (?:more|others?)\b)/i;

/** True when `text` reads as one person's name: "Jane Doe", "J. Doe", "Doe, J.", "AM Smith". */
export function isPersonName(text: string): boolean {
  const clean = text.replace(TRAILING_MARKS, '').replace(/\s+/g, ' ').trim();
  if (clean.length < 3 || clean.length > 45 || /\d/.test(clean)) return false;
  const sorted = /^([^,]+),\s*([^,]+)$/.exec(clean);
  const tokens = (sorted ? `${sorted[2]} ${sorted[1]}` : clean).split(' ');
  if (tokens.length < 2 || tokens.length > 6) return false;
  let words = 0;
  for (const token of tokens) {
    const bare = token.replace(/[.,]$/, '');
    if (PARTICLES.has(bare) || INITIALS.test(bare)) continue;
    if (NOT_NAMES.has(bare.toLowerCase())) return false;
    if (!WORD.test(bare)) return false;
    words++;
  }
  return words >= 1;
}

/** An ellipsis that is a whole part of a split list. */
const ELLIPSIS = /^(?:\.\.\.|…)$/;
/**
 * A one-letter word, as in "Jane Q. Doe", which marks a part that already has its given names. The
 * Irish particle "Ó" ("Ó Dálaigh, S.") is not one.
 */
const INITIAL_WORD = /(?:^|\s)(?!Ó\s)\p{Lu}\.?(?:\s|$)/u;

/**
 * Splits an author list on commas, semicolons, "|", "and", "&", "·", before "et al." and "…", and on
 * a full stop after a word ("Bo Chen. Title"). "Doe, J." and "García Márquez, G. A." stay one name.
 */
export function splitNameList(text: string): string[] {
  const parts = text
    .replace(/,?\s+(et al\b)/gi, ', $1')
    .replace(/\.\s\.\s\./g, '...')
    .replace(/(?:,\s*)?(\.\.\.|…)\s*(?=\p{Lu}|(?:\p{Ll}+\s+)+\p{Lu})/gu, ', $1, ')
    .replace(/\s*(?:,\s*)?(?:\band\b|&|\bund\b|\bet\b(?!\s+al\b)|、)\s+/g, ', ')
    .split(/\s*[,;|·•\u2016]\s*|(?<=\p{Ll}{2})\.\s+/u)
    .map((part) => part.trim().replace(/:$/, ''))
    .filter(Boolean);
  const names: string[] = [];
  for (const part of parts) {
    const previous = names[names.length - 1];
    const awaitsInitials = previous !== undefined && !previous.includes(',') && !INITIAL_WORD.test(previous) && !ELLIPSIS.test(previous);
    if (awaitsInitials && INITIALS.test(part.replace(/[.\s]/g, '')) && part.length <= 10) {
      names[names.length - 1] = `${previous}, ${part}`;
    } else {
      names.push(part);
    }
  }
  return names;
}

/**
 * Returns the longest run of consecutive person names in `text`, and whether "…" or "et al." follows
 * it. A list that names its first authors, "…" and then its last author (APA) keeps that last author.
 */
export function readNameList(text: string): { names: string[]; truncated: boolean } {
  const parts = splitNameList(text);
  let best = { start: 0, end: 0 };
  let start = 0;
  parts.forEach((part, index) => {
    if (!isPersonName(part)) {
      start = index + 1;
      return;
    }
    if (index + 1 - start > best.end - best.start) best = { start, end: index + 1 };
  });
  const names = parts.slice(best.start, best.end).map((part) => part.replace(TRAILING_MARKS, ''));
  const next = parts[best.end] ?? '';
  const last = parts[best.end + 1];
  if (names.length > 0 && ELLIPSIS.test(next) && last && isPersonName(last) && !isPersonName(parts[best.end + 2] ?? '')) {
    // NOTE: the record has no place for the gap, so exports write "and others" after this last author.
    names.push(last.replace(TRAILING_MARKS, ''));
  }
  return { names, truncated: names.length > 0 && TRUNCATION.test(next) };
}

/** Returns a comparison key of surname and first initial, folded, so "Zhu, W." and "Weiqiang Zhu" match. */
export function nameKey(name: string): string {
  const folded = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/,?\s+(?:jr|sr|ii|iii|iv)\.?$/, '');
  const sorted = /^([^,]+),\s*(.+)$/.exec(folded);
  const given = sorted ? sorted[2]! : folded.split(/\s+/).slice(0, -1).join(' ');
  const surname = sorted ? sorted[1]! : folded.split(/\s+/).pop()!;
  const initial = /\p{L}/u.exec(given)?.[0] ?? '';
  return `${surname.replace(/[^\p{L}]+/gu, '')}|${initial}`;
}
