/** Tokenizer shared by the phrase lexicon, the learned lexicon and the script that builds the latter. */

const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Tells whether a text has only ASCII characters, and so no accents to strip. */
export function isAscii(text: string): boolean {
  return ASCII_ONLY.test(text);
}

/** Removes accents and other combining marks ("visión" gives "vision"). */
export function stripAccents(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '');
}

/**
 * Lower-cases, strips accents, splits on anything but letters and digits, and folds plural endings.
 * With `written`, each folded token that folding changed is kept there with its first spelling.
 */
export function tokenize(text: string, written?: Map<string, string>): string[] {
  const tokens = ASCII_ONLY.test(text)
    ? text.toLowerCase().split(/[^a-z0-9]+/)
    : stripAccents(text).toLowerCase().split(/[^\p{L}\p{N}]+/u);
  // Splitting leaves "" only at the ends, and "" matches no phrase.
  // Months are found before plurals are folded, because "Mars" folds to "mar".
  for (let i = 0; i < tokens.length; i++) if (isDateMonth(tokens, i)) tokens[i] = '';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    const folded = foldPlural(token);
    if (folded === token) continue;
    tokens[i] = folded;
    if (written && !written.has(folded)) written.set(folded, token);
  }
  return tokens;
}

/** Month abbreviations of English, German and French dates, accents stripped ("Mär" is "mar"). */
const MONTHS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'okt', 'nov', 'dec', 'dez', 'janv', 'fev', 'avr', 'juil']);

/**
 * Tells whether a token is a month abbreviation next to a number, as in letters dated "9 Mar 1917".
 * Such a month is not a word of the title, and "mar" would read as "Mars", which folds to it.
 */
function isDateMonth(tokens: readonly string[], index: number): boolean {
  const token = tokens[index] ?? '';
  if (token.length < 3 || token.length > 4 || !MONTHS.has(token)) return false;
  return isNumber(tokens[index - 1]) || isNumber(tokens[index + 1]);
}

function isNumber(token: string | undefined): boolean {
  return token !== undefined && token !== '' && /^\d+$/.test(token);
}

/** Folds "networks" to "network", "galaxies" to "galaxy" and "processes" to "process", but keeps "analysis". */
export function foldPlural(word: string): string {
  if (word.length <= 3 || !word.endsWith('s')) return word;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  const before = word.charAt(word.length - 2);
  return before === 's' || before === 'u' || before === 'i' ? word : word.slice(0, -1);
}

/** Function words and words common to every field, which the learned lexicon skips. */
export const STOPWORDS = new Set(
  ('a an and are as at be been being between both but by can do doe for from had ha have how i if in into is it ' +
    'its itself may more most new no not of on one only or other our over same show shown so some such than that ' +
    'the their them then there these they this those through to two under up upon us use used using via wa we were ' +
    'what when where which while who whose why will with within without would also however here paper present ' +
    'propose proposed study result approach method based further well each all any among first second three ' +
    'different several various given find found provide obtain work case large small high low ' +
    // Title words of every field: "a remark on", "state of the art", "a review of", "towards".
    'remark note problem review state art toward towards beyond revisited survey overview introduction ' +
    'comment reply erratum role effect impact novel simple general improved efficient ' +
    // Prepositions and pronouns that letters and essays put in titles ("to Max Born: Letter, after 3 Jul").
    'after before about against during since until around across along behind his her him he she ' +
    // Function words of the other languages that titles come in (Portuguese, Spanish, French,
    // Italian, German, Dutch). The arXiv records the lexicon learned from are English, where
    // "de" and "la" stand mostly in names ("de Sitter"), so they carried weights that put
    // "Gestão de riscos no setor público" in high-energy physics.
    'de del della dei degli delle des du la le les los las el lo il gli da das dos na nas nos em en ' +
    'et und der die den dem zur zum zu im ein eine einer mit fur auf aus bei nach uber sur dans pour avec ' +
    'au aux par une un una uno um uma que qui para por sobre entre con per sul nella seu sua sus ses como ' +
    'mais ou ao sobre van von het een voor')
    .split(' '),
);

/**
 * Returns the distinct learned-lexicon terms of a text: single words and pairs of adjacent words,
 * leaving out stopwords, numbers and one-letter tokens.
 */
export function learnedTerms(text: string, into: Set<string> = new Set()): Set<string> {
  return learnedTermsOfTokens(tokenize(text), into);
}

/** Returns the learned-lexicon terms of text already split by `tokenize`. */
export function learnedTermsOfTokens(tokens: readonly string[], into: Set<string> = new Set()): Set<string> {
  let previous = '';
  for (const token of tokens) {
    if (!isLearnedWord(token)) {
      previous = '';
      continue;
    }
    into.add(token);
    if (previous) into.add(`${previous} ${token}`);
    previous = token;
  }
  return into;
}

/** Tells whether a token can be part of a learned-lexicon term: stopwords, numbers and one-letter tokens cannot. */
export function isLearnedWord(token: string): boolean {
  return token.length >= 2 && !STOPWORDS.has(token) && !/^\d+$/.test(token);
}
