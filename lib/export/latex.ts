/** LaTeX forms of the characters that TeX reads as syntax in running text. A Map, so words such as "constructor" never match. */
const TEXT_ESCAPES = new Map<string, string>([
  ['&', '\\&'],
  ['%', '\\%'],
  ['$', '\\$'],
  ['#', '\\#'],
  ['_', '\\_'],
  ['{', '\\{'],
  ['}', '\\}'],
  ['\\', '\\textbackslash{}'],
  ['~', '\\textasciitilde{}'],
  ['^', '\\textasciicircum{}'],
]);

const SPECIAL_CHAR = /[&%$#_{}\\~^]/g;
/** A word, which may contain the minus sign of a formula such as "Eu1−xLax", or a special character. */
const WORD_OR_SPECIAL_CHAR = /[\p{L}\p{N}\u2212]+|[&%$#_{}\\~^]/gu;
/**
 * A word whose case a style must keep: a capital after its first letter (GPU, ImageNet, 3D), or a
 * capital and a digit, as in a chemical formula ("Sr2", "Sm1").
 */
const CASE_SENSITIVE = /^[\s\S][\s\S]*?\p{Lu}|^(?=[\s\S]*\p{Lu})(?=[\s\S]*\p{N})/u;

/** Characters that break a math span in a .bib value even though the span is kept as written. */
const MATH_ESCAPES = new Set(['&', '%', '#']);

interface Unit {
  char: string;
  /** True when the source already had it escaped (`\&` or `{\&}`), so it is never a math delimiter. */
  escaped: boolean;
}

const UNIT = /\{\\([&%$#_{}])\}|\\([&%$#_{}])|[\s\S]/gu;

/**
 * Escapes text for a braced BibTeX field value. UTF-8 is kept as is.
 *
 * An escape already in the source (`\&` or `{\&}`) is read as the bare character and escaped once.
 * A balanced `$…$` span is kept as math: it opens with `$` before a non-space, closes with `$` after
 * a non-space that is not followed by a digit, and has balanced braces, so "$5 and $10" stays text.
 * With `protectCase`, words with a capital after their first letter (GPU, ImageNet, 3D) or with a
 * capital and a digit ("Sr2") are wrapped in braces so that styles keep their case. Other words with
 * only an initial capital are left to the style.
 *
 * NOTE: math is written without braces, so BibTeX styles that change title case (plainnat, for one)
 * lowercase the capitals inside it, printing "$O(n)$" as "$o(n)$".
 */
export function escapeLatex(text: string, options: { protectCase?: boolean } = {}): string {
  // Without a dollar sign there is no math, and without a backslash no escape to read, so all of it is plain text.
  if (!text.includes('$') && !text.includes('\\')) return escapePlain(text, options.protectCase ?? false);

  const units = Array.from(text.matchAll(UNIT), (match): Unit => {
    const escapedChar = match[1] ?? match[2];
    return escapedChar ? { char: escapedChar, escaped: true } : { char: match[0], escaped: false };
  });

  let output = '';
  let plain = '';
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    if (!unit) continue;

    const mathEnd = unit.char === '$' && !unit.escaped ? findMathEnd(units, i) : -1;
    if (mathEnd < 0) {
      plain += unit.char;
      continue;
    }

    output += escapePlain(plain, options.protectCase ?? false) + writeMath(units.slice(i, mathEnd + 1));
    plain = '';
    i = mathEnd;
  }
  return output + escapePlain(plain, options.protectCase ?? false);
}

/**
 * Prepares a URL or DOI for a BibTeX field. These values are never LaTeX-escaped, because `\url` and
 * biber read them verbatim. Only braces are percent-encoded, since they would end the field value.
 */
export function rawFieldValue(value: string): string {
  return value.replace(/\{/g, '%7B').replace(/\}/g, '%7D');
}

function escapePlain(text: string, protectCase: boolean): string {
  const stray = strayBraces(text);
  const escape = (char: string, at: number) => {
    // BibTeX counts braces even after a backslash, so a brace without its partner ends the field early.
    if (stray.has(at)) return char === '{' ? '\\textbraceleft{}' : '\\textbraceright{}';
    return TEXT_ESCAPES.get(char);
  };
  if (!protectCase) return text.replace(SPECIAL_CHAR, (char, at: number) => escape(char, at) ?? char);
  return text.replace(WORD_OR_SPECIAL_CHAR, (token, at: number) => {
    const escaped = escape(token, at);
    if (escaped) return escaped;
    return CASE_SENSITIVE.test(token) ? `{${token}}` : token;
  });
}

const NO_POSITIONS: ReadonlySet<number> = new Set();

/** Returns the positions of the braces in `text` that no partner closes or opens, such as the "}" a site left at a title's end. */
function strayBraces(text: string): ReadonlySet<number> {
  if (!text.includes('{') && !text.includes('}')) return NO_POSITIONS;
  const open: number[] = [];
  const stray = new Set<number>();
  for (let at = 0; at < text.length; at++) {
    if (text[at] === '{') open.push(at);
    else if (text[at] === '}' && open.pop() === undefined) stray.add(at);
  }
  for (const at of open) stray.add(at);
  return stray;
}

function findMathEnd(units: Unit[], open: number): number {
  const first = units[open + 1];
  if (!first || /\s/.test(first.char)) return -1;

  let depth = 0;
  for (let i = open + 1; i < units.length; i++) {
    const unit = units[i];
    if (!unit || unit.escaped) continue;
    if (unit.char === '\n') return -1;
    if (unit.char === '{') depth++;
    if (unit.char === '}' && --depth < 0) return -1;
    if (unit.char !== '$') continue;

    const before = units[i - 1];
    const after = units[i + 1];
    const closes = i > open + 1 && depth === 0 && before && !/\s/.test(before.char) && !/\d/.test(after?.char ?? '');
    return closes ? i : -1;
  }
  return -1;
}

function writeMath(units: Unit[]): string {
  return units.map((unit) => (unit.escaped || MATH_ESCAPES.has(unit.char) ? `\\${unit.char}` : unit.char)).join('');
}

/** LaTeX accent commands of the combining marks that Latin-script names use. */
const ACCENT_COMMANDS = new Map<string, string>([
  ['\u0300', '`'],
  ['\u0301', "'"],
  ['\u0302', '^'],
  ['\u0303', '~'],
  ['\u0304', '='],
  ['\u0306', 'u'],
  ['\u0307', '.'],
  ['\u0308', '"'],
  ['\u030a', 'r'],
  ['\u030b', 'H'],
  ['\u030c', 'v'],
  ['\u0323', 'd'],
  ['\u0327', 'c'],
  ['\u0328', 'k'],
]);

/** Combining marks drawn below the letter: dot below, cedilla and ogonek. */
const MARKS_BELOW = new Set(['\u0323', '\u0327', '\u0328']);

/** LaTeX commands of Latin letters that do not decompose into a letter and accents. */
const LETTER_COMMANDS = new Map<string, string>([
  ['ø', '\\o'],
  ['Ø', '\\O'],
  ['ł', '\\l'],
  ['Ł', '\\L'],
  ['ß', '\\ss'],
  ['æ', '\\ae'],
  ['Æ', '\\AE'],
  ['œ', '\\oe'],
  ['Œ', '\\OE'],
  ['ı', '\\i'],
  // These need the T1 font encoding, as the same letters in UTF-8 do.
  ['đ', '\\dj'],
  ['Đ', '\\DJ'],
  ['ð', '\\dh'],
  ['Ð', '\\DH'],
  ['þ', '\\th'],
  ['Þ', '\\TH'],
  ['ŋ', '\\ng'],
  ['Ŋ', '\\NG'],
]);

/** Variation selectors and halves of double combining marks (U+FE20 to U+FE2F), which transliterations use. */
const INVISIBLE_MARKS = /[\ufe00-\ufe0f\ufe20-\ufe2f]/g;
/** The modifier-letter prime and apostrophe of transliterations ("Sushchnostʹ"). */
const MODIFIER_APOSTROPHES = /[\u02b9\u02bc]/g;

/** Drops invisible variation selectors and double-mark halves, which no TeX engine needs. */
export function withoutInvisibleMarks(text: string): string {
  return text.replace(INVISIBLE_MARKS, '');
}

/** Drops invisible marks, writes modifier apostrophes as "'" and composes letters with their accents. */
function plainTransliteration(text: string): string {
  return withoutInvisibleMarks(text).replace(MODIFIER_APOSTROPHES, "'").normalize('NFC');
}

/**
 * Writes the accented Latin letters of a name as braced LaTeX accents ("Élodie" as "{\'E}lodie"),
 * which BibTeX reads as one letter. BibTeX reads bytes, so a style that abbreviates a given name or
 * builds a label from its first letters would otherwise cut a UTF-8 letter in half.
 * NOTE: letters of other scripts stay UTF-8 (readers of .bib files do not decode `{\relax И}`), so
 * BibTeX still cuts their initials. BibLaTeX output, which biber reads as Unicode, has no such limit.
 */
export function bibtexNameLetters(text: string): string {
  let output = '';
  // Composed, so that a letter and its combining accents are one character.
  for (const char of plainTransliteration(text)) output += char.charCodeAt(0) < 0x80 ? char : (latexLetter(char) ?? char);
  return output;
}

/**
 * Prepares a title or venue for pdflatex: invisible marks go, modifier apostrophes become "'", and
 * Latin letters past Latin Extended-A, which pdflatex's UTF-8 input mostly does not define ("ḳ",
 * "ệ"), become braced accents. Greek letters and math symbols follow as in `mathCharactersAsLatex`.
 * NOTE: a letter with a mark that LaTeX has no accent for, such as the Vietnamese horn ("ờ"),
 * stays UTF-8, which pdflatex stops at without the vntex package.
 */
export function pdflatexText(text: string): string {
  let letters = '';
  for (const char of plainTransliteration(text)) letters += (char.codePointAt(0) ?? 0) < 0x180 ? char : (latexLetter(char) ?? char);
  return mathCharactersAsLatex(letters);
}

/** Returns the braced LaTeX form of an accented Latin letter, or null when it has none. */
function latexLetter(char: string): string | null {
  const command = LETTER_COMMANDS.get(char);
  if (command) return `{${command}}`;
  const [base = '', ...marks] = Array.from(char.normalize('NFD'));
  if (!/^[A-Za-z]$/.test(base) || marks.length === 0) return null;
  // An accent above an i sits on the dotless i.
  let inner = base === 'i' && !MARKS_BELOW.has(marks[0] ?? '') ? '\\i' : base;
  for (const mark of marks) {
    const accent = ACCENT_COMMANDS.get(mark);
    if (!accent) return null;
    // Accents named by a letter (\c, \v) need their argument braced, while symbol accents take a lone letter.
    inner = /[a-z]/i.test(accent) || inner.length > 1 ? `\\${accent}{${inner}}` : `\\${accent}${inner}`;
  }
  return `{${inner}}`;
}

/** Greek letters and their LaTeX math commands, as pairs. Capitals that look like Latin letters have none. */
const GREEK_PAIRS =
  'α alpha β beta γ gamma δ delta ε varepsilon ϵ epsilon ζ zeta η eta θ theta ϑ vartheta ι iota κ kappa λ lambda ' +
  'μ mu µ mu ν nu ξ xi π pi ρ rho σ sigma ς varsigma τ tau υ upsilon φ varphi ϕ phi χ chi ψ psi ω omega ' +
  'Γ Gamma Δ Delta Θ Theta Λ Lambda Ξ Xi Π Pi Σ Sigma Υ Upsilon Φ Phi Ψ Psi Ω Omega';
/**
 * Math symbols beyond Latin-1 that pdflatex's UTF-8 input does not define (it stops at "≤" or "∞"),
 * and their math commands, as pairs.
 */
const SYMBOL_PAIRS =
  '≤ leq ≥ geq ≠ neq ≈ approx ≃ simeq ≡ equiv ∼ sim ∝ propto ∞ infty ′ prime ℓ ell ħ hbar ∂ partial ∇ nabla ' +
  '∑ sum ∏ prod ∫ int √ surd ∈ in ∉ notin ⊂ subset ⊆ subseteq ∩ cap ∪ cup ∀ forall ∃ exists ⇒ Rightarrow ' +
  '⇔ Leftrightarrow ↔ leftrightarrow ⊗ otimes ⊕ oplus ⟨ langle ⟩ rangle';

/** Reads "symbol command symbol command …" into a map from symbol to command. */
function pairs(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (let words = text.split(' '), i = 0; i + 1 < words.length; i += 2) map.set(words[i] as string, words[i + 1] as string);
  return map;
}

/** The LaTeX math commands of Greek letters, by letter. */
export const GREEK_COMMANDS = pairs(GREEK_PAIRS);
/** The LaTeX math commands of the symbols in `SYMBOL_PAIRS`, by symbol. */
export const SYMBOL_COMMANDS = pairs(SYMBOL_PAIRS);
const MATH_COMMANDS = new Map([...GREEK_COMMANDS, ...SYMBOL_COMMANDS]);
/** The minus sign U+2212, which pdflatex's UTF-8 input does not define either. */
const MINUS = '\u2212';
const MATH_CHARACTER = new RegExp(`[${Array.from(MATH_COMMANDS.keys()).join('')}${MINUS}]`, 'u');

/**
 * Writes Greek letters and math symbols as braced math (`{$\alpha$}`, `{$\leq$}`) and the minus sign
 * as `\textminus{}`, which pdflatex sets without extra fonts. The braces keep styles from lowering `\Sigma`.
 */
export function mathCharactersAsLatex(text: string): string {
  if (!MATH_CHARACTER.test(text)) return text;
  let output = '';
  let inMath = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    // An escaped dollar sign (`\$`) is text, and any other opens or closes a math span kept from the source.
    if (char === '$' && text[i - 1] !== '\\') inMath = !inMath;
    const command = MATH_COMMANDS.get(char);
    if (char === MINUS) output += inMath ? '-' : '\\textminus{}';
    else if (!command) output += char;
    else output += inMath ? `\\${command} ` : `{$\\${command}$}`;
  }
  return output;
}
