import { ELEMENTS, FORMULA_TARGET, FORMULA_WEIGHT, IGNORED, KEYWORDS } from './keywords';
import { OTHER_LANGUAGE_KEYWORDS } from './keywords-other-languages';
import { CJK_KEYWORDS } from './keywords-cjk';
import { foldPlural, tokenize } from './tokens';

/** Hand-written phrase evidence for one target (a class id or a field name). */
export interface PhraseHit {
  lexicon: number;
  venue: number;
  phrases: string[];
}

interface PhraseEntry {
  tokens: string[];
  phrase: string;
  targets: { target: string; weight: number }[];
}
/** Phrases by their first token, longest first, so the first match at a position is the longest. */
type PhraseIndex = Map<string, PhraseEntry[]>;

let indexes: { text: PhraseIndex; venue: PhraseIndex } | null = null;
/** CJK phrases by their first character, longest first. */
let cjkIndex: Map<string, PhraseEntry[]> | null = null;
/** Han, kana and Hangul: scripts written without spaces between words. */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/;
const ELEMENT_SYMBOLS = new Set(ELEMENTS.split(' '));
const FORMULA_SHAPE = /^(?:[A-Z][a-z]?\d*){2,}$/;

/** Title and abstract split by `tokenize`, for callers that already did so. */
export interface PaperTokens {
  title: readonly string[];
  abstract: readonly string[];
}

/**
 * Matches the hand-written phrase table against a title, an abstract and a venue name.
 * Abstract phrases count at `abstractFactor` of their weight.
 */
export function matchPhrases(
  input: { title: string; abstract?: string | undefined; venue?: string | null | undefined },
  abstractFactor: number,
  tokens: PaperTokens = { title: tokenize(input.title), abstract: input.abstract ? tokenize(input.abstract) : [] },
): Map<string, PhraseHit> {
  indexes ??= { text: buildIndex('text'), venue: buildIndex('venue') };
  const hits = new Map<string, PhraseHit>();
  scan(tokens.title, indexes.text, 1, 'lexicon', hits);
  for (const formula of findFormulas(input.title)) addHit(hits, FORMULA_TARGET, formula, FORMULA_WEIGHT, 'lexicon');
  scan(tokens.abstract, indexes.text, abstractFactor, 'lexicon', hits);
  if (input.venue) scan(tokenize(input.venue), indexes.venue, 1, 'venue', hits);
  scanCjk(input.title, 1, 'lexicon', hits);
  if (input.abstract) scanCjk(input.abstract, abstractFactor, 'lexicon', hits);
  if (input.venue) scanCjk(input.venue, 1, 'venue', hits);
  return hits;
}

/** Adds the leftmost-longest matches of the CJK phrase table in `text` to `hits`. */
function scanCjk(text: string, factor: number, tier: 'lexicon' | 'venue', hits: Map<string, PhraseHit>): void {
  if (!CJK.test(text)) return;
  cjkIndex ??= buildCjkIndex();
  let position = 0;
  while (position < text.length) {
    const entry = cjkIndex.get(text.charAt(position))?.find((candidate) => text.startsWith(candidate.phrase, position));
    if (!entry) {
      position += 1;
      continue;
    }
    for (const { target, weight } of entry.targets) addHit(hits, target, entry.phrase, weight * factor, tier);
    position += entry.phrase.length;
  }
}

function buildCjkIndex(): Map<string, PhraseEntry[]> {
  const index = new Map<string, PhraseEntry[]>();
  for (const [, target, weight, phrases] of CJK_KEYWORDS) {
    for (const phrase of phrases.split('|')) {
      const first = phrase.charAt(0);
      const list = index.get(first) ?? [];
      index.set(first, list);
      let entry = list.find((candidate) => candidate.phrase === phrase);
      if (!entry) list.push((entry = { tokens: [phrase], phrase, targets: [] }));
      entry.targets.push({ target, weight });
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.phrase.length - a.phrase.length);
  return index;
}

function buildIndex(source: 'text' | 'venue'): PhraseIndex {
  const index: PhraseIndex = new Map();
  const entries = new Map<string, PhraseEntry>();
  for (const [rowSource, target, weight, phrases] of [...KEYWORDS, ...OTHER_LANGUAGE_KEYWORDS]) {
    if (rowSource !== source) continue;
    for (const phrase of phrases.split('|')) {
      // Table phrases are lower-case ASCII words separated by single spaces.
      const tokens = phrase.split(' ').map(foldPlural);
      const key = tokens.join(' ');
      let entry = entries.get(key);
      if (!entry) {
        entry = { tokens, phrase, targets: [] };
        entries.set(key, entry);
        const first = tokens[0] ?? '';
        const list = index.get(first);
        if (list) list.push(entry);
        else index.set(first, [entry]);
      }
      // Each extra word adds half the row weight, up to double, because longer phrases are more specific.
      entry.targets.push({ target, weight: weight * Math.min(2, 1 + 0.5 * (tokens.length - 1)) });
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return index;
}

/** Adds the leftmost-longest phrase matches to `hits`. The tokens of a match are not matched again. */
function scan(tokens: readonly string[], index: PhraseIndex, factor: number, tier: 'lexicon' | 'venue', hits: Map<string, PhraseHit>): void {
  let position = 0;
  while (position < tokens.length) {
    const entry = longestMatch(tokens, position, index.get(tokens[position] ?? ''));
    if (!entry) {
      position += 1;
      continue;
    }
    for (const { target, weight } of entry.targets) addHit(hits, target, entry.phrase, weight * factor, tier);
    position += entry.tokens.length;
  }
}

/** Returns the longest entry whose tokens follow at `start`, which is the first because entries are sorted. */
function longestMatch(tokens: readonly string[], start: number, entries?: PhraseEntry[]): PhraseEntry | undefined {
  if (!entries) return undefined;
  next: for (const entry of entries) {
    for (let i = 1; i < entry.tokens.length; i++) if (tokens[start + i] !== entry.tokens[i]) continue next;
    return entry;
  }
  return undefined;
}

/** Counts each phrase once per target, at the weight of its first sighting (title before abstract and venue). */
function addHit(hits: Map<string, PhraseHit>, target: string, phrase: string, weight: number, tier: 'lexicon' | 'venue'): void {
  if (target === IGNORED) return;
  let hit = hits.get(target);
  if (!hit) hits.set(target, (hit = { lexicon: 0, venue: 0, phrases: [] }));
  if (hit.phrases.includes(phrase)) return;
  hit.phrases.push(phrase);
  hit[tier] += weight;
}

/**
 * Finds words built only from element symbols with at least one count, such as "Ru3Sn7" or "MoS2".
 * NOTE: a few acronyms also fit this shape ("B2B", "P2P"), so a formula is weak evidence on its own.
 */
function findFormulas(text: string): string[] {
  const formulas: string[] = [];
  if (!/[A-Z][a-z]?\d/.test(text)) return formulas;
  for (const word of text.split(/[^A-Za-z0-9]+/)) {
    if (word.length < 3 || !/\d/.test(word) || !FORMULA_SHAPE.test(word)) continue;
    const symbols = word.match(/[A-Z][a-z]?/g) ?? [];
    if (symbols.every((symbol) => ELEMENT_SYMBOLS.has(symbol))) formulas.push(word);
  }
  return formulas;
}
