import type { SeededRandom } from './random';
import { HOSTILE_MARKUP, HOSTILE_TEXT, HOSTILE_URLS, HUGE_TEXT } from './hostile';

/** Attributes that adapters read URLs and ids from. */
const URL_ATTRIBUTES = ['href', 'data-href', 'src', 'data-eud', 'value', 'content'];

/** Changes only descendants of `scope`, never `scope` itself or anything outside it. */
type Mutation = (doc: Document, scope: Element, random: SeededRandom) => string;

/**
 * Every element below `scope`, found by walking children: querySelectorAll in happy-dom 21
 * would add a cache record to every element it visits.
 */
function descendants(scope: Element): Element[] {
  const found: Element[] = [];
  const stack: Element[] = Array.from(scope.children);
  while (stack.length > 0) {
    const element = stack.pop()!;
    found.push(element);
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) stack.push(child);
  }
  return found;
}

function isLink(element: Element): boolean {
  return element.hasAttribute('href') || element.hasAttribute('data-href');
}

/** Elements with links are picked more often, because adapters read most values from them. */
function target(scope: Element, random: SeededRandom): Element | null {
  const all = descendants(scope);
  const linked = random.chance(0.5) ? all.filter(isLink) : [];
  const pool = linked.length > 0 ? linked : all;
  return pool.length > 0 ? random.pick(pool) : null;
}

function describe(element: Element): string {
  const id = element.id ? `#${element.id}` : '';
  const classes = element.getAttribute('class')?.trim().split(/\s+/).slice(0, 2).join('.') ?? '';
  return `${element.localName}${id}${classes ? `.${classes}` : ''}`;
}

const drop: Mutation = (_doc, scope, random) => {
  const element = target(scope, random);
  if (!element) return 'drop: nothing';
  element.remove();
  return `drop ${describe(element)}`;
};

const duplicate: Mutation = (_doc, scope, random) => {
  const element = target(scope, random);
  if (!element?.parentNode) return 'duplicate: nothing';
  element.after(element.cloneNode(true));
  return `duplicate ${describe(element)}`;
};

const reorder: Mutation = (_doc, scope, random) => {
  const parent = target(scope, random)?.parentElement;
  if (!parent) return 'reorder: nothing';
  const children = Array.from(parent.children);
  for (let i = children.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [children[i], children[j]] = [children[j]!, children[i]!];
  }
  parent.append(...children);
  return `reorder ${children.length} children of ${describe(parent)}`;
};

const stripAttributes: Mutation = (_doc, scope, random) => {
  const element = target(scope, random);
  if (!element) return 'strip: nothing';
  const names = element.getAttributeNames();
  const strip = random.chance(0.5) ? names : names.filter(() => random.chance(0.5));
  for (const name of strip) element.removeAttribute(name);
  return `strip [${strip.join(' ')}] from ${describe(element)}`;
};

const hostileText: Mutation = (doc, scope, random) => {
  const element = target(scope, random);
  if (!element) return 'text: nothing';
  const text = random.pick(HOSTILE_TEXT);
  if (random.chance(0.5)) element.textContent = text;
  else element.append(doc.createTextNode(text));
  return `text ${JSON.stringify(text)} in ${describe(element)}`;
};

const hostileUrl: Mutation = (_doc, scope, random) => {
  const element = target(scope, random);
  if (!element) return 'url: nothing';
  const names = URL_ATTRIBUTES.filter((name) => element.hasAttribute(name));
  const name = names.length > 0 ? random.pick(names) : random.pick(URL_ATTRIBUTES);
  const url = random.pick(HOSTILE_URLS);
  element.setAttribute(name, url);
  return `${name}=${JSON.stringify(url)} on ${describe(element)}`;
};

const hostileMarkup: Mutation = (_doc, scope, random) => {
  const element = target(scope, random);
  if (!element) return 'markup: nothing';
  const markup = random.pick(HOSTILE_MARKUP);
  // Test-only: builds the hostile page itself; the code under test never parses markup from strings.
  element.insertAdjacentHTML(random.chance(0.5) ? 'beforeend' : 'afterbegin', markup);
  return `markup ${JSON.stringify(markup)} in ${describe(element)}`;
};

const hugeTitle: Mutation = (_doc, scope, random) => {
  const links = descendants(scope).filter((element) => element.localName === 'a' && isLink(element));
  if (links.length === 0) return 'huge: nothing';
  const link = random.pick(links);
  link.textContent = HUGE_TEXT;
  return `1 MB text in ${describe(link)}`;
};

/** Weighted so that cheap structural changes dominate and the 1 MB title stays rare. */
const MUTATIONS: [Mutation, number][] = [
  [drop, 4],
  [duplicate, 3],
  [reorder, 2],
  [stripAttributes, 3],
  [hostileText, 3],
  [hostileUrl, 4],
  [hostileMarkup, 2],
  [hugeTitle, 0.05],
];
const TOTAL_WEIGHT = MUTATIONS.reduce((sum, [, weight]) => sum + weight, 0);

/** Applies one weighted random mutation inside `scope` and returns what it did. */
export function mutateOnce(doc: Document, scope: Element, random: SeededRandom): string {
  let roll = random.next() * TOTAL_WEIGHT;
  for (const [mutation, weight] of MUTATIONS) {
    roll -= weight;
    if (roll < 0) return mutation(doc, scope, random);
  }
  return MUTATIONS[0]![0](doc, scope, random);
}
