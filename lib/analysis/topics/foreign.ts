import { OTHER_LANGUAGE_WORDS } from './keywords-other-languages';
import { isAscii, stripAccents } from './tokens';

/**
 * Function words that mark a title as written in Spanish, Portuguese, French, Italian, German or
 * Dutch. Words that English titles often use are left out ("de" and "la" stand in English titles
 * as parts of names, as in "de Sitter"). A title with any of `ENGLISH_WORDS` counts as English.
 */
const FOREIGN_WORDS = new Set(
  ('del della dei degli delle des du los las el il gli das dos nas nos em et und der die den dem zur zum im ein ' +
    'eine einer mit fur auf aus bei nach uber sur dans pour avec aux una uno um uma que qui para por sobre entre ' +
    'con sul nella seu sua sus ses como mais ao het een voor mi mis mon ma mes mein meine')
    .split(' '),
);
const ENGLISH_WORDS = new Set('the of and in for on with to from by an is are'.split(' '));

/**
 * Blanks, in place, the title tokens that lost an accent when tokenized, in a title written in
 * another language: its accented words are that language's words, and some read as English once
 * folded ("visión" as "vision"). `tokens` is `tokenize(title)`. Titles in English, and tokens
 * without accents, are left alone, so "Schrödinger" in an English title still counts. So are the
 * words of the phrase table for other languages ("Relativitätstheorie").
 */
export function blankForeignFalseFriends(title: string, tokens: string[]): void {
  if (isAscii(title)) return;
  let foreign = 0;
  for (const token of tokens) {
    if (ENGLISH_WORDS.has(token)) return;
    if (FOREIGN_WORDS.has(token)) foreign++;
  }
  if (foreign === 0) return;
  const written = title.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u);
  // Folding keeps one token per word for Latin letters; any other split leaves the tokens as they are.
  if (written.length !== tokens.length) return;
  for (let i = 0; i < tokens.length; i++) {
    const word = written[i] ?? '';
    if (stripAccents(word) !== word && !OTHER_LANGUAGE_WORDS.has(tokens[i] ?? '')) tokens[i] = '';
  }
}
