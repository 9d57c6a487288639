import { mayBeEntry, readBlock, type BlockFeatures } from './block';
import { CONFIDENCE_THRESHOLD, confidenceOf, evidenceOf, mostFrequentAuthor, MIN_ENTRIES, type ListEvidence } from './confidence';
import { SELECTORS as S } from './selectors';
import { SEGMENT, segmentedText, textMemo, type TextMemo } from './text';

/** The publication list the detector found. */
export interface DetectedList {
  entries: BlockFeatures[];
  /** The grandparent shared by the entries of the best-scoring section; the panel goes before it. */
  container: Element;
  /** Every section's grandparent; entries added later below one of them join the list. */
  containers: Element[];
  /** Shape of the entries: tag, first class and parent tag. */
  shape: string;
  confidence: number;
  evidence: ListEvidence;
  /** The profile owner: the highlighted name, or else the author named in most entries. */
  owner: { name: string; highlighted: boolean } | null;
}

/**
 * Finds the best-scoring run of same-shaped sibling entries. Entries count as siblings when
 * they share a grandparent, so lists split under year headings (`h2` + `ol` per year) form one run.
 * TODO: one element holding several entries separated only by `br` is read as one entry or none.
 */
export function findList(doc: Document): DetectedList | null {
  const root = doc.body ?? doc.documentElement;
  if (!root) return null;
  let best: DetectedList | null = null;
  const candidates: DetectedList[] = [];
  const memo = textMemo();
  for (const [container, shapes] of groupBlocks(root)) {
    for (const [shape, members] of shapes) {
      if (members.length < MIN_ENTRIES) continue;
      const candidate = scoreGroup(container, shape, members, memo);
      if (!candidate) continue;
      candidates.push(candidate);
      if (isBetter(candidate, best)) best = candidate;
    }
  }
  return best && best.confidence >= CONFIDENCE_THRESHOLD ? withSiblingSections(best, candidates) : best;
}

/**
 * Adds lists of the same shape in sibling sections that also pass the threshold, in page
 * order. dblp splits long person pages into sections by decade, each with its own `ul`.
 */
function withSiblingSections(best: DetectedList, candidates: DetectedList[]): DetectedList {
  const sections = candidates.filter(
    (candidate) =>
      candidate === best ||
      (candidate.shape === best.shape &&
        candidate.confidence >= CONFIDENCE_THRESHOLD &&
        sameSectionParent(candidate.container, best.container) &&
        shapeOf(candidate.container) === shapeOf(best.container)),
  );
  if (sections.length === 1) return best;
  sections.sort((a, b) => order(a.container, b.container));
  return { ...best, entries: sections.flatMap((section) => section.entries), containers: sections.map((section) => section.container) };
}

/** Returns the shape key of a block: tag, first class and parent tag, as in "li.entry<ul". */
export function shapeOf(element: Element): string {
  const firstClass = (element.getAttribute('class') ?? '').trim().split(/\s+/, 1)[0] ?? '';
  return `${element.localName}.${firstClass}<${element.parentElement?.localName ?? ''}`;
}

function groupBlocks(root: Element): Map<Element, Map<string, Element[]>> {
  const groups = new Map<Element, Map<string, Element[]>>();
  for (const element of Array.from(root.querySelectorAll(S.block))) {
    const container = element.parentElement?.parentElement;
    if (!container) continue;
    let shapes = groups.get(container);
    if (!shapes) groups.set(container, (shapes = new Map()));
    const shape = shapeOf(element);
    const members = shapes.get(shape);
    if (members) members.push(element);
    else shapes.set(shape, [element]);
  }
  return groups;
}

function scoreGroup(container: Element, shape: string, members: Element[], memo: TextMemo): DetectedList | null {
  const entries: BlockFeatures[] = [];
  const rest: Element[] = [];
  for (const member of members) {
    if (wrapsSameText(member, memo)) continue;
    const features = mayBeEntry(member, memo) ? readBlock(member, memo) : null;
    if (features) entries.push(features);
    else rest.push(member);
  }
  if (entries.length < MIN_ENTRIES) return null;

  // Once entries make a list, same-shaped siblings without a year or names may join it, in page order.
  for (const member of rest) {
    const features = readBlock(member, memo, true);
    if (features) entries.push(features);
  }
  if (rest.length > 0) entries.sort((a, b) => order(a.element, b.element));

  const siblings = members.filter((member) => !isBareYear(member, memo) && segmentedText(member, memo) !== '').length;
  const evidence = evidenceOf(entries, siblings, hasYearHeadings(members, memo));
  const author = mostFrequentAuthor(entries);
  const owner = author.name && (author.highlighted || author.share >= 0.5) ? { name: author.name, highlighted: author.highlighted } : null;
  return { entries, container, containers: [container], shape, confidence: confidenceOf(evidence), evidence, owner };
}

/**
 * Among lists above the threshold the longest wins, because a list nested inside another (one
 * `div.row` per year) is a part of it. Below the threshold the most confident one is kept for
 * reports. Equal lengths go to the more confident list, then to the outer one.
 */
function isBetter(candidate: DetectedList, best: DetectedList | null): boolean {
  if (!best) return true;
  const candidateAbove = candidate.confidence >= CONFIDENCE_THRESHOLD;
  const bestAbove = best.confidence >= CONFIDENCE_THRESHOLD;
  if (candidateAbove !== bestAbove) return candidateAbove;
  if (candidateAbove && candidate.entries.length !== best.entries.length) return candidate.entries.length > best.entries.length;
  if (Math.abs(candidate.confidence - best.confidence) > 0.001) return candidate.confidence > best.confidence;
  if (candidate.entries.length !== best.entries.length) return candidate.entries.length > best.entries.length;
  return candidate.entries[0]!.element.contains(best.entries[0]!.element);
}

/**
 * True when the block's parent is a block with the same visible text (al-folio's `li > div.row`).
 * The parent's list is the same list, and the outer one is kept, so the inner one is not read.
 */
function wrapsSameText(element: Element, memo: TextMemo): boolean {
  const parent = element.parentElement;
  if (!parent || !parent.matches(S.block)) return false;
  return segmentedText(parent, memo).replace(SEPARATORS, '') === segmentedText(element, memo).replace(SEPARATORS, '');
}

const SEPARATORS = new RegExp(`[\\s${SEGMENT}]+`, 'g');

/** Sections are siblings, or cousins inside same-shaped wrappers (dblp's `div.hideable`). */
function sameSectionParent(a: Element, b: Element): boolean {
  const [parentA, parentB] = [a.parentElement, b.parentElement];
  if (!parentA || !parentB) return false;
  if (parentA === parentB) return true;
  return parentA.parentElement === parentB.parentElement && shapeOf(parentA) === shapeOf(parentB);
}

function isBareYear(element: Element, memo?: TextMemo): boolean {
  if (element.childElementCount > 1) return false;
  const text = memo ? segmentedText(element, memo) : (element.textContent ?? '');
  return /^\s*(?:19|20)\d\d\s*$/.test(text);
}

/**
 * Year separators among the entries (dblp's `li.year`), year headings beside them (ACL's `h4`),
 * or a year heading before each of several lists (al-folio's `h2` + `ol`).
 */
function hasYearHeadings(members: Element[], memo: TextMemo): boolean {
  if (members.some((member) => isBareYear(member, memo))) return true;
  const parents = new Set(members.map((member) => member.parentElement));
  let headed = 0;
  for (const parent of parents) {
    const before = parent?.previousElementSibling;
    const inside = Array.from(parent?.children ?? []).some((child) => child.matches(S.heading) && isBareYear(child));
    if (inside || (before && isBareYear(before))) headed++;
  }
  return headed >= parents.size / 2 && (parents.size > 1 || headed === 1);
}

function order(a: Element, b: Element): number {
  return a.compareDocumentPosition(b) & 4 ? -1 : 1;
}
