/** Text helpers shared by site adapters. They read structure, never visible labels. */

const BIDI_AND_ZERO_WIDTH_CLASS = '[\\u200b-\\u200f\\u202a-\\u202e\\u2066-\\u2069\\ufeff]';
const BIDI_AND_ZERO_WIDTH = new RegExp(BIDI_AND_ZERO_WIDTH_CLASS, 'g');

/**
 * Visible text of an element with whitespace collapsed and bidi marks removed.
 * Inline SVG formulas (Scholar renders some titles' math as SVG) contribute their aria-label.
 */
export function textOf(node: Node | null | undefined, skip?: (el: Element) => boolean): string {
  if (!node) return '';
  return cleanText(collect(node, skip));
}

/**
 * Text that `cleanText` changes: whitespace other than a single space between words, a space at
 * either end, or a bidi or zero-width mark.
 */
const UNCLEAN = new RegExp(`[^\\S ]| {2}|^ | $|${BIDI_AND_ZERO_WIDTH_CLASS}`);

/** Removes bidi and zero-width marks and collapses whitespace to single spaces, trimmed. */
export function cleanText(text: string): string {
  // Most text is clean already, and one test costs less than two replacements.
  if (!UNCLEAN.test(text)) return text;
  return text.replace(BIDI_AND_ZERO_WIDTH, '').replace(/\s+/g, ' ').trim();
}

function collect(node: Node, skip?: (el: Element) => boolean): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeType !== 1 && node.nodeType !== 11) return '';
  const element = node as Element;
  if (node.nodeType === 1) {
    if (skip?.(element)) return '';
    const tag = element.localName;
    if (tag === 'svg') return svgText(element.getAttribute('aria-label') ?? '');
    if (tag === 'script' || tag === 'style' || tag === 'template') return '';
  }
  // An element without child elements, as most title and author cells are, needs no walk: its text
  // is its text nodes' text, and comments, the only other children it can have, add none.
  if (node.nodeType === 1 && element.firstElementChild === null) return element.textContent ?? '';
  const first = node.firstChild;
  let out = '';
  for (let child = first; child; child = child.nextSibling) out += collect(child, skip);
  return out;
}

/**
 * Returns the text of an inline SVG formula. Scholar labels a subscript or superscript drawn on
 * its own as `_2` or `^{1-x}`, so such a label joins the text before it without markers
 * ("Rb" + "_2" gives "Rb2").
 */
export function svgText(label: string): string {
  if (/^\s*[_^]/.test(label)) return label.replace(/[_^{}\s]/g, '');
  return ` ${label} `;
}

/**
 * Reads a non-negative integer written with any digit grouping ("1,234", "1.234", "1 234")
 * or in full-width digits. Returns null when the text contains no digits.
 */
export function parseCount(text: string | null | undefined): number | null {
  if (!text) return null;
  // Plain ASCII digits, as most counts are written, need no clean-up.
  if (/^\d{1,15}$/.test(text)) return Number(text);
  const ascii = text.replace(/[\uff10-\uff19]/g, (d) => String(d.charCodeAt(0) - 0xff10));
  const digits = ascii.replace(/[\s\u00a0\u202f.,'’]/g, '');
  if (!/^\d+$/.test(digits)) return null;
  const value = Number(digits);
  return Number.isSafeInteger(value) ? value : null;
}

/** Reads a four-digit year between 1500 and 2199, or returns null. */
export function parseYear(text: string | null | undefined): number | null {
  // A year cell contains the year alone.
  if (text?.length === 4 && /^(?:1[5-9]|2[01])\d\d$/.test(text)) return Number(text);
  const match = /(?<!\d)(1[5-9]\d\d|20\d\d|21\d\d)(?!\d)/.exec(text ?? '');
  return match?.[1] ? Number(match[1]) : null;
}

/**
 * A root-relative link ("/citations?user=…") made only of characters that the URL parser keeps
 * as they are, with no dot segment: resolving it is the base's origin followed by the link.
 */
const PLAIN_ROOT_RELATIVE = /^\/[\w\-.~!$&()*+,;=:@%/?]*$/;
const DOT_SEGMENT = /\/\.|%2e|\/\//i;

/**
 * An absolute http(s) link that the URL parser keeps as it is: a lower-case host name whose last
 * label starts with a letter (so it is not an IPv4 address), no port or user, and a plain path.
 */
const PLAIN_ABSOLUTE = /^https?:\/\/(?:[a-z0-9][a-z0-9-]*\.)*[a-z][a-z0-9-]*(\/[\w\-.~!$&()*+,;=:@%/?]*)$/;

let lastBase = '';
let lastOrigin: string | null = null;

/** Returns the origin of an http(s) base URL, or null. The last base's origin is kept, because rows share one base. */
function httpOrigin(base: string): string | null {
  if (base !== lastBase) {
    lastBase = base;
    lastOrigin = httpUrlObject(base, base)?.origin ?? null;
  }
  return lastOrigin;
}

/**
 * Resolves `href` against `base` and returns an absolute http(s) URL, or null for anything else.
 * Plain root-relative and absolute links, most of a list's links, skip the URL parser.
 */
export function httpUrl(href: string | null | undefined, base: string): string | null {
  if (href && PLAIN_ROOT_RELATIVE.test(href) && !DOT_SEGMENT.test(href)) {
    const origin = httpOrigin(base);
    if (origin) return origin + href;
  }
  if (href && isPlainAbsolute(href)) return href;
  return httpUrlObject(href, base)?.href ?? null;
}

/** True for an absolute link that parsing would return unchanged. Punycode hosts ("xn--") go to the parser. */
function isPlainAbsolute(href: string): boolean {
  const path = PLAIN_ABSOLUTE.exec(href)?.[1];
  return path !== undefined && !DOT_SEGMENT.test(path) && !href.includes('xn--');
}

/** `httpUrl`, returning the parsed URL for callers that read its parts. */
export function httpUrlObject(href: string | null | undefined, base: string): URL | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}
