import type { Topic } from '../../model';
import { CLASSES, ELEMENTS, FORMULA_TARGET, FORMULA_WEIGHT, IGNORED, KEYWORDS } from './keywords';

export interface TagInput {
  title: string;
  venue?: string | null;
  abstract?: string;
}

const MAX_TOPICS = 3;
/** Summed weight a topic needs: one weight-1 phrase in the title, or two weaker ones. */
const MIN_WEIGHT = 1;
/** Topics below this share of the best topic's weight are dropped. */
const RELATIVE_CUTOFF = 0.4;
/** Phrases found only in the abstract count at this share of their weight. */
const ABSTRACT_FACTOR = 0.5;
/** Summed weight at which the score reaches 1 - 1/e, about 0.63. */
const SCORE_SCALE = 3;

interface PhraseEntry {
  tokens: string[];
  phrase: string;
  targets: { target: string; weight: number }[];
}
/** Phrases by their first token, longest first, so the first match at a position is the longest. */
type PhraseIndex = Map<string, PhraseEntry[]>;

interface Evidence {
  lexicon: number;
  venue: number;
  phrases: string[];
}

let indexes: { text: PhraseIndex; venue: PhraseIndex } | null = null;
const ELEMENT_SYMBOLS = new Set(ELEMENTS.split(' '));
const FORMULA_SHAPE = /^(?:[A-Z][a-z]?\d*){2,}$/;
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/**
 * Tags a paper with up to three topics, best first, from keyword phrases in its title and abstract
 * and from its venue name. Returns an empty list when nothing matches strongly enough.
 */
export function tagPaper(input: TagInput): Topic[] {
  indexes ??= { text: buildIndex('text'), venue: buildIndex('venue') };
  const hits = new Map<string, Evidence>();

  scan(tokenize(input.title), indexes.text, 1, 'lexicon', hits);
  for (const formula of findFormulas(input.title)) addHit(hits, FORMULA_TARGET, formula, FORMULA_WEIGHT, 'lexicon');
  if (input.abstract) scan(tokenize(input.abstract), indexes.text, ABSTRACT_FACTOR, 'lexicon', hits);
  if (input.venue) scan(tokenize(input.venue), indexes.venue, 1, 'venue', hits);

  return rankTopics(hits);
}

/** Lower-cases, strips accents, splits on anything but letters and digits, and folds plural endings. */
function tokenize(text: string): string[] {
  const tokens = ASCII_ONLY.test(text)
    ? text.toLowerCase().split(/[^a-z0-9]+/)
    : text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u);
  // Splitting leaves "" only at the ends, and "" matches no phrase.
  for (let i = 0; i < tokens.length; i++) tokens[i] = foldPlural(tokens[i] ?? '');
  return tokens;
}

/** Folds "networks" to "network", "galaxies" to "galaxy" and "processes" to "process", but keeps "analysis". */
function foldPlural(word: string): string {
  if (word.length <= 3 || !word.endsWith('s')) return word;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  const before = word.charAt(word.length - 2);
  return before === 's' || before === 'u' || before === 'i' ? word : word.slice(0, -1);
}

function buildIndex(source: 'text' | 'venue'): PhraseIndex {
  const index: PhraseIndex = new Map();
  const entries = new Map<string, PhraseEntry>();
  for (const [rowSource, target, weight, phrases] of KEYWORDS) {
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
function scan(
  tokens: string[],
  index: PhraseIndex,
  factor: number,
  tier: 'lexicon' | 'venue',
  hits: Map<string, Evidence>,
): void {
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
function longestMatch(tokens: string[], start: number, entries?: PhraseEntry[]): PhraseEntry | undefined {
  if (!entries) return undefined;
  next: for (const entry of entries) {
    for (let i = 1; i < entry.tokens.length; i++) if (tokens[start + i] !== entry.tokens[i]) continue next;
    return entry;
  }
  return undefined;
}

/** Counts each phrase once per target, at the weight of its first sighting (title before abstract and venue). */
function addHit(
  hits: Map<string, Evidence>,
  target: string,
  phrase: string,
  weight: number,
  tier: 'lexicon' | 'venue',
): void {
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

interface Candidate {
  field: string;
  classId: string | undefined;
  label: string;
  weight: number;
  evidence: Evidence;
}

/**
 * Turns hits into topics. A field-level hit supports the best class of that field when one matched,
 * and becomes a field-only topic otherwise.
 */
function rankTopics(hits: Map<string, Evidence>): Topic[] {
  if (hits.size === 0) return [];
  // Most titles match a single class or field, so this path skips the merging and sorting below.
  if (hits.size === 1) {
    for (const [target, evidence] of hits) {
      const candidate = toCandidate(target, evidence);
      return candidate.weight >= MIN_WEIGHT ? [toTopic(candidate)] : [];
    }
  }

  const classes: Candidate[] = [];
  const fieldHits: Candidate[] = [];
  hits.forEach((evidence, target) => {
    const candidate = toCandidate(target, evidence);
    if (candidate.classId) classes.push(candidate);
    else fieldHits.push(candidate);
  });
  classes.sort(byWeight);

  const candidates = classes.slice();
  for (const fieldHit of fieldHits) {
    const best = classes.find((candidate) => candidate.field === fieldHit.field);
    if (best) mergeInto(best, fieldHit.evidence);
    else candidates.push(fieldHit);
  }
  candidates.sort(byWeight);

  const floor = Math.max(MIN_WEIGHT, RELATIVE_CUTOFF * (candidates[0]?.weight ?? 0));
  const topics: Topic[] = [];
  for (const candidate of candidates) {
    if (topics.length === MAX_TOPICS || candidate.weight < floor) break;
    topics.push(toTopic(candidate));
  }
  return topics;
}

/** Resolves a hit's target: a known class id gives its field and label, anything else is a field name. */
function toCandidate(target: string, evidence: Evidence): Candidate {
  const weight = evidence.lexicon + evidence.venue;
  const known = CLASSES[target];
  if (known) return { field: known[0], classId: target, label: known[1], weight, evidence };
  return { field: target, classId: undefined, label: target, weight, evidence };
}

function byWeight(a: Candidate, b: Candidate): number {
  return b.weight - a.weight;
}

function mergeInto(candidate: Candidate, extra: Evidence): void {
  const evidence = candidate.evidence;
  const phrases = evidence.phrases.slice();
  for (const phrase of extra.phrases) if (!phrases.includes(phrase)) phrases.push(phrase);
  candidate.evidence = { lexicon: evidence.lexicon + extra.lexicon, venue: evidence.venue + extra.venue, phrases };
  candidate.weight += extra.lexicon + extra.venue;
}

function toTopic(candidate: Candidate): Topic {
  const { lexicon, venue, phrases } = candidate.evidence;
  const topic: Topic = {
    field: candidate.field,
    label: candidate.label,
    score: Math.round((1 - Math.exp(-candidate.weight / SCORE_SCALE)) * 100) / 100,
    tier: venue > lexicon ? 'venue' : 'lexicon',
    evidence: phrases,
  };
  if (candidate.classId) topic.class = candidate.classId;
  return topic;
}
