import { cleanText, svgText } from '../dom';
import { INVISIBLE_CLASSES, INVISIBLE_TAGS, MORE_AUTHORS_CLASS } from './selectors';

/**
 * Visible text of an entry: hidden BibTeX and abstract blocks, navigation menus, scripts and
 * styles are left out, and inline SVG formulas give their aria-label (Scholar titles). al-folio's
 * "N more authors" toggle is replaced by the names its onclick handler holds.
 */
export function visibleText(node: Node): string {
  return cleanText(collect(node, ' '));
}

/** Separator that `segmentedText` puts between block-level parts of an entry. */
export const SEGMENT = '\u2016';

/** Segmented text per element, kept for one detection pass so nested blocks are read once. */
export interface TextMemo {
  raw: Map<Element, string>;
  clean: Map<Element, string>;
}

export function textMemo(): TextMemo {
  return { raw: new Map(), clean: new Map() };
}

/**
 * Visible text with `SEGMENT` between block-level parts (`div`, `br`, `td`), to split fields
 * on. With `memo`, text already collected for an element is reused.
 */
export function segmentedText(node: Node, memo?: TextMemo): string {
  if (!memo || node.nodeType !== 1) return cleanText(collect(node, ` ${SEGMENT} `, memo));
  const element = node as Element;
  let text = memo.clean.get(element);
  if (text === undefined) {
    text = cleanText(collect(element, ` ${SEGMENT} `, memo));
    memo.clean.set(element, text);
  }
  return text;
}

function collect(node: Node, separator: string, memo?: TextMemo): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  const known = memo?.raw.get(element);
  if (known !== undefined) return known;
  const text = collectElement(element, separator, memo);
  memo?.raw.set(element, text);
  return text;
}

function collectElement(element: Element, separator: string, memo?: TextMemo): string {
  if (isHiddenElement(element)) return '';
  if (hasClass(element, MORE_AUTHORS_CLASS)) return hiddenAuthors(element) ?? '';
  if (element.localName === 'svg') return svgText(element.getAttribute('aria-label') ?? '');
  let out = '';
  for (let child = element.firstChild; child; child = child.nextSibling) {
    const block = child.nodeType === 1 && BREAKS.has((child as Element).localName);
    if (block) out += separator;
    out += collect(child, separator, memo);
    if (block) out += separator;
  }
  return out;
}

/** Block-level tags whose text never runs into the next element's text. */
const BREAKS = new Set(['br', 'div', 'p', 'li', 'td', 'th', 'dd', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr']);

/**
 * Names in al-folio's toggle: its onclick handler compares the element's text with "N more
 * authors" and swaps in a quoted string of names. The handler is read as text, never run.
 */
export function hiddenAuthors(toggle: Element): string | null {
  const handler = toggle.getAttribute('onclick') ?? '';
  const match = /\?\s*'([^']+)'\s*:/.exec(handler) ?? /\?\s*"([^"]+)"\s*:/.exec(handler);
  return match?.[1] ?? null;
}

/** True when the element or an ancestor below `root` is hidden from the entry's visible text. */
export function isInvisible(element: Element, root: Element): boolean {
  for (let node: Element | null = element; node && node !== root; node = node.parentElement) {
    if (isHiddenElement(node)) return true;
  }
  return false;
}

/** `SELECTORS.invisible` without a selector engine, which is slow in the text walk over every element. */
export function isHiddenElement(element: Element): boolean {
  if (INVISIBLE_TAGS.has(element.localName)) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  return INVISIBLE_CLASSES.some((name) => hasClass(element, name));
}

function hasClass(element: Element, name: string): boolean {
  const value = element.getAttribute('class');
  return value !== null && value.includes(name) && value.split(/\s+/).includes(name);
}
