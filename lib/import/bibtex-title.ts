/**
 * citation-js decodes a BibTeX title's LaTeX to Unicode and HTML. Math it can write in Unicode
 * (`$\alpha$`, `H$_2$O`) reads well decoded, but `$O(n \log n)$` loses its dollar signs and keeps
 * `\log`, `\emph{k}` becomes `<i>k</i>`, and a caret written as `\^{}` (as dblp writes "AC^0")
 * becomes the word "undefined". The title is prepared before decoding and cleaned after it, so that
 * it keeps such math as written, in `$…$`, and its text without markup.
 */

import { GREEK_COMMANDS, SYMBOL_COMMANDS } from '../export/latex';

/** Private-use characters around a math span's number, which citation-js passes through unchanged. */
const OPEN = '\uE000';
const CLOSE = '\uE001';
const PLACEHOLDER = /\uE000(\d+)\uE001/g;
/** An inline math span: `$…$` with no unescaped dollar sign inside. */
const MATH_SPAN = /(?<!\\)\$(?:[^$\\]|\\.)+\$/g;
/** Greek letter commands, which citation-js decodes to Unicode letters. */
const GREEK_LETTER = new RegExp(String.raw`\\(?:${[...new Set(GREEK_COMMANDS.values())].join('|')})(?![a-zA-Z])`, 'g');
/** Math symbols by their commands, as BibTeX exports write the symbols that pdflatex cannot read as text. */
const SYMBOL_OF_COMMAND = new Map(Array.from(SYMBOL_COMMANDS, ([symbol, command]) => [command, symbol]));
/** A math span holding one symbol command alone, such as `$\leq$`. */
const SYMBOL_SPAN = /^\$\\([a-zA-Z]+)\s*\$$/;
/** `\(…\)`, LaTeX's other inline math delimiters. */
const PAREN_MATH = /\\\(([\s\S]+?)\\\)/g;
/** A caret or tilde accent on an empty group, which LaTeX prints as the character itself. */
const EMPTY_ACCENT = /\\([\^~])\{\}/g;
/** The markup that citation-js writes for `\emph`, `\textbf`, `\textsc`, sub- and superscripts and protected case. */
const MARKUP = /<\/?(?:i|b|sup|sub)>|<span (?:class="nocase"|style="[^"<>]*")>|<\/span>/g;

export interface GuardedTitle {
  /** The title to decode, with each math span replaced by a placeholder. */
  text: string;
  /** The math spans as written, by placeholder number. */
  math: string[];
}

/**
 * Sets aside the math spans of a raw BibTeX title that use commands other than Greek letters, and
 * spells out accents on empty groups, before citation-js decodes it.
 */
export function guardTitle(raw: string): GuardedTitle {
  const math: string[] = [];
  const text = raw
    .replace(PAREN_MATH, (_, inner: string) => `$${inner}$`)
    .replace(EMPTY_ACCENT, (_, accent: string) => (accent === '^' ? '\\textasciicircum{}' : '\\textasciitilde{}'))
    .replace(MATH_SPAN, (span) => (span.replace(GREEK_LETTER, '').includes('\\') ? `${OPEN}${math.push(span) - 1}${CLOSE}` : span));
  return { text, math };
}

/**
 * Removes citation-js's markup from a decoded title and puts its math spans back. A span of one
 * symbol that Unicode has (`$\leq$`) comes back as that symbol.
 */
export function restoreTitle(decoded: string, math: readonly string[]): string {
  return decoded.replace(MARKUP, '').replace(PLACEHOLDER, (_, index: string) => {
    const span = math[Number(index)] ?? '';
    const command = SYMBOL_SPAN.exec(span)?.[1];
    return (command && SYMBOL_OF_COMMAND.get(command)) ?? span;
  });
}
