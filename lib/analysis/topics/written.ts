import { foldPlural, tokenize } from './tokens';

/**
 * Returns a learned term with each word as the text writes it ("time series" for the folded "time
 * sery"), lower-cased, so that a tag's explanation quotes the paper. `written` comes from `writtenWords`.
 */
export function asWritten(term: string, written: ReadonlyMap<string, string>): string {
  if (written.size === 0) return term;
  return term
    .split(' ')
    .map((word) => written.get(word) ?? word)
    .join(' ');
}

/** Maps each folded token of a text that plural folding changed to its first spelling before folding. */
export function writtenWords(text: string): Map<string, string> {
  const words = new Map<string, string>();
  for (const word of tokenize(text, { foldPlurals: false })) {
    const folded = foldPlural(word);
    if (folded !== word && !words.has(folded)) words.set(folded, word);
  }
  return words;
}
