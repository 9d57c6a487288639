import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { safeParse } from 'zod/mini';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProfilePage, SiteAdapter } from '../../../lib/sites';
import { ALL_ADAPTERS as ADAPTERS } from '../../../lib/sites/all';
import { Profile, type CodeLink, type PageRecord } from '../../../lib/model';
import { sightingOf } from '../../../lib/sites/record';
import { Request, type PaperState } from '../../../lib/messaging/messages';
import { checkRecords } from '../../../lib/background/records';
import { RowOverlay } from '../../../components/overlay/RowOverlay';
import { ProfilePanel } from '../../../components/overlay/ProfilePanel';
import { REAL_PAGES, loadRealPage } from '../../helpers/pages';
import { SeededRandom } from './random';
import { mutateOnce } from './mutate';
import { unsafeNodes } from './scan';
import { HOSTILE_URLS } from './hostile';

/**
 * Seeded mutations of the real saved pages that an adapter claims. Each run clones a page with
 * its rows removed, puts back a random sample of rows, applies random mutations, then parses it
 * and renders the overlays. `FUZZ_RUNS` sets the number of runs (default 1000) and `FUZZ_SEED`
 * the first seed. Run i uses seed FUZZ_SEED + i, and a failure prints the command that repeats
 * that single run.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const FIRST_SEED = Number(process.env.FUZZ_SEED ?? 20261204);
const NOW = '2026-01-01T00:00:00.000Z';
const MAX_ROWS = 10;
const MAX_MUTATIONS = 8;

interface BasePage {
  name: string;
  adapter: SiteAdapter;
  /** The loaded page. Runs change only its body, which is replaced by a fresh copy as needed. */
  doc: Document;
  /** The body with every row removed; detached and never queried, so copies of it start clean. */
  pristineBody: Element;
  /** Runs since the body was last copied from `pristineBody`. */
  bodyRuns: number;
  /** Child indexes from `<body>` to the element that held the rows. */
  rowParentPath: number[];
  /** The page's rows, detached, to sample from. */
  rows: Element[];
}

/**
 * Runs after which the body is replaced by a fresh copy. happy-dom 21 records each query in
 * every element it visits and clears that record only when the element changes, so a body
 * queried for many runs keeps growing.
 */
const BODY_RUNS = 20;
/** Share of runs that break one record after parsing, to check that the background rejects it. */
const BROKEN_RECORD_SHARE = 0.1;
/** Field values that break the paper schema, as a faulty adapter could produce them. */
const BROKEN_FIELDS: Record<string, unknown>[] = [
  { title: '' },
  { year: 99999 },
  { links: [{ kind: 'detail', url: 'javascript:alert(1)' }] },
  { listingKind: 'pinned' },
  { citations: -1 },
];

/** Share of runs that mutate anywhere in the body; the rest mutate rows only. */
const WHOLE_PAGE_SHARE = 0.1;

function pathFrom(root: Element, element: Element): number[] {
  const path: number[] = [];
  for (let node: Element = element; node !== root && node.parentElement; node = node.parentElement) {
    path.unshift(Array.from(node.parentElement.children).indexOf(node));
  }
  return path;
}

function followPath(root: Element, path: number[]): Element {
  let node: Element = root;
  for (const index of path) node = node.children[index]!;
  return node;
}

async function loadBasePages(): Promise<BasePage[]> {
  const pages: BasePage[] = [];
  for (const adapter of ADAPTERS) {
    let files: string[];
    try {
      files = readdirSync(join(REAL_PAGES, adapter.site)).filter((file) => file.endsWith('.html'));
    } catch {
      continue;
    }
    for (const file of files) {
      const doc = await loadRealPage(adapter.site, file);
      const page = adapter.detect(doc, new URL('file:///saved.html'));
      if (!page) continue;
      const rows = adapter.rows(doc, page).map((row) => row.element);
      if (rows.length === 0) continue;
      const rowParentPath = pathFrom(doc.body, rows[0]!.parentElement!);
      for (const row of rows) row.remove();
      const pristineBody = doc.body.cloneNode(true) as Element;
      pages.push({ name: `${adapter.site}/${file}`, adapter, doc, pristineBody, bodyRuns: BODY_RUNS, rowParentPath, rows });
    }
  }
  return pages;
}

/**
 * Builds one mutated page. Most runs fill the row container and mutate only inside it, because
 * copying a page body in happy-dom costs tens of milliseconds. Their `restore` empties the
 * container again. The other runs start from a fresh body and mutate anywhere in it.
 */
function buildMutatedPage(base: BasePage, random: SeededRandom): { doc: Document; steps: string[]; restore: () => void } {
  const wholePage = random.chance(WHOLE_PAGE_SHARE);
  if (wholePage || base.bodyRuns >= BODY_RUNS) {
    base.doc.body.replaceWith(base.pristineBody.cloneNode(true));
    base.bodyRuns = 0;
  }
  // A whole-page run leaves a mutated body behind, so the next run starts from a fresh copy.
  base.bodyRuns = wholePage ? BODY_RUNS : base.bodyRuns + 1;
  const doc = base.doc;
  const parent = followPath(doc.body, base.rowParentPath);
  const count = random.int(1, Math.min(MAX_ROWS, base.rows.length));
  for (let i = 0; i < count; i++) parent.append(random.pick(base.rows).cloneNode(true));
  const steps = [`${count} rows, ${wholePage ? 'whole page' : 'rows only'}`];
  const scope = wholePage ? doc.body : parent;
  const mutations = random.int(1, MAX_MUTATIONS);
  for (let i = 0; i < mutations; i++) steps.push(mutateOnce(doc, scope, random));
  return { doc, steps, restore: () => (wholePage ? undefined : parent.replaceChildren()) };
}

/** Builds a background response with hostile code links, to check that the overlay filters them too. */
function hostileState(paper: PageRecord, random: SeededRandom): PaperState {
  const codeLinks = [{ url: random.pick(HOSTILE_URLS), source: 'user', site: 'google-scholar' }] as unknown as CodeLink[];
  return { id: paper.id, saved: random.chance(0.5), codeLinks, topics: [] };
}

interface RunOutcome {
  recognised: boolean;
  rows: number;
  /** Rows the adapter skipped plus records the background rejected. */
  skipped: number;
  /** Records the background rejected. */
  rejected: number;
}

/** Runs one fuzz case. Every failed expectation names the seed that reproduces it. */
function runOnce(base: BasePage, seed: number): RunOutcome {
  const random = new SeededRandom(seed);
  const { doc, steps, restore } = buildMutatedPage(base, random);
  const host = document.createElement('div');
  document.body.append(host);
  try {
    return checkPage(base, doc, random, host.attachShadow({ mode: 'open' }), `seed ${seed} on ${base.name} (repeat: FUZZ_SEED=${seed} FUZZ_RUNS=1); mutations: ${steps.join('; ').slice(0, 600)}`);
  } finally {
    restore();
    host.remove();
  }
}

function checkPage(base: BasePage, doc: Document, random: SeededRandom, mount: ShadowRoot, context: string): RunOutcome {

  let page: ProfilePage | null = null;
  let result: ReturnType<SiteAdapter['parse']> | null = null;
  try {
    page = base.adapter.detect(doc, new URL('file:///saved.html'));
    if (page) result = base.adapter.parse(doc, page);
  } catch (error) {
    expect.fail(`adapter threw ${String(error)}; ${context}`);
  }
  if (!page || !result) return { recognised: false, rows: 0, skipped: 0, rejected: 0 };

  const records: PageRecord[] = [];
  for (const row of result.rows) {
    if (row.paper) records.push(row.paper);
    else expect(row.warning, `skipped row without a reason; ${context}`).toBeTruthy();
  }
  if (result.profile) {
    const checked = safeParse(Profile, result.profile);
    expect(checked.success, `invalid profile ${JSON.stringify(checked.error?.issues[0])}; ${context}`).toBe(true);
  }
  const sighting = sightingOf(page, NOW);
  const message = safeParse(Request, { type: 'papers/upsert', profile: result.profile, sighting, papers: records });
  expect(message.success, `upsert message rejected ${JSON.stringify(message.error?.issues[0])}; ${context}`).toBe(true);
  // The background validates each record on receipt: an invalid one is rejected with a reason
  // and counted with the rows the adapter skipped, and only valid records reach the overlays.
  // Some runs break one record the way a faulty adapter could, so that path runs too.
  const broken = records.length > 0 && random.chance(BROKEN_RECORD_SHARE) ? random.int(0, records.length - 1) : -1;
  if (broken >= 0) records[broken] = { ...records[broken]!, ...random.pick(BROKEN_FIELDS) } as PageRecord;
  const { papers, rejected } = checkRecords(records, sighting);
  if (broken >= 0) expect(rejected.map((record) => record.index), `broken record accepted; ${context}`).toContain(broken);
  for (const record of rejected) expect(record.error, `rejected record without a reason; ${context}`).toMatch(/^invalid /);
  expect(papers.length + rejected.length, `records lost between adapter and background; ${context}`).toBe(records.length);
  const skipped = result.rows.length - papers.length;

  render(
    <>
      {papers.map((paper, index) => (
        <RowOverlay key={index} paper={paper} state={hostileState(paper, random)} storageError={null} onToggleSave={() => {}} />
      ))}
    </>,
    mount,
  );
  expect(unsafeNodes(mount), `row overlays; ${context}`).toEqual([]);
  render(null, mount);
  render(
    <ProfilePanel
      profile={result.profile}
      papers={papers}
      sighting={sighting}
      skipped={skipped}
      savedCount={0}
      storageError={null}
      load={{ status: 'idle', rows: papers.length }}
      canLoadMore={false}
      onLoadAll={() => {}}
      onCancelLoad={() => {}}
    />,
    mount,
  );
  expect(unsafeNodes(mount), `panel; ${context}`).toEqual([]);
  if (skipped > 0) expect(mount.textContent, `panel hides the skipped count; ${context}`).toContain(`${skipped} rows could not be read`);
  render(null, mount);
  return { recognised: true, rows: result.rows.length, skipped, rejected: rejected.length };
}

let pages: BasePage[] = [];
beforeAll(async () => {
  pages = await loadBasePages();
}, 60_000);

describe('fuzzed real pages', () => {
  it(`survive ${RUNS} seeded mutations`, async () => {
    if (pages.length === 0) {
      console.warn(`fuzz skipped: no real pages that an adapter claims in ${REAL_PAGES}`);
      return;
    }
    const totals = { recognised: 0, rows: 0, skipped: 0, rejected: 0 };
    for (let i = 0; i < RUNS; i++) {
      const seed = FIRST_SEED + i;
      const outcome = runOnce(pages[seed % pages.length]!, seed);
      // happy-dom caches query results behind WeakRefs, and V8 keeps every WeakRef target
      // alive until the current task ends; yielding a task lets them be collected.
      if (i % 10 === 9) await new Promise((resolve) => setImmediate(resolve));
      if (outcome.recognised) totals.recognised++;
      totals.rows += outcome.rows;
      totals.skipped += outcome.skipped;
      totals.rejected += outcome.rejected;
    }
    console.log(
      `fuzz: ${RUNS} runs from seed ${FIRST_SEED} over ${pages.length} pages: ${totals.recognised} recognised, ` +
        `${totals.rows} rows parsed, ${totals.skipped} skipped as unreadable (${totals.rejected} of them rejected by record validation); heap ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB in use`,
    );
    // Mutations must leave most pages recognisable, or the run would test nothing.
    expect(totals.recognised).toBeGreaterThan(RUNS / 2);
    expect(totals.skipped).toBeGreaterThan(0);
    // About one run in ten breaks a record, so a run of 100 or more rejects some.
    if (RUNS >= 100) expect(totals.rejected).toBeGreaterThan(0);
  }, 600_000);
});
