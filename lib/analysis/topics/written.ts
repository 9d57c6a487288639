/**
 * Returns a learned term with each word as the text writes it ("time series" for the folded "time
 * sery"), lower-cased, so that a tag's explanation quotes the paper. `tokenize` fills `written`.
 * Learned terms are one word or two, so each case is handled without splitting and joining.
 */
export function asWritten(term: string, written: ReadonlyMap<string, string>): string {
  if (written.size === 0) return term;
  const space = term.indexOf(' ');
  if (space < 0) return written.get(term) ?? term;
  const first = term.slice(0, space);
  const second = term.slice(space + 1);
  return `${written.get(first) ?? first} ${written.get(second) ?? second}`;
}
