/**
 * Measures the generic publication-list detector with every site adapter turned off. It prints
 * title recall, precision and field accuracy on three sets of pages:
 * (a) the real homepages, against the hand-counted titles and years in
 *     tests/fixtures/generic/homepages.expected.json;
 * (b) the real Google Scholar, dblp and ACL Anthology pages, against their site adapters' records;
 * (c) pages that must yield nothing: tests/fixtures/generic/negative and the real arXiv abstract page.
 * Then it times detection on a generated page of about 1000 elements.
 *
 * Run: npm run eval:generic
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { loadPage } from '../lib/cli/load-page';
import { normalizeTitle, type PageRecord } from '../lib/model';
import { ADAPTERS } from '../lib/sites';
import { generic } from '../lib/sites/generic';
import { findList } from '../lib/sites/generic/detect';
import { nameKey } from '../lib/sites/generic/names';
import { Window } from 'happy-dom';
import { benchmarkPage } from '../tests/fixtures/generic/benchmark-page';
import { REAL_PAGES } from './shared-folder';

const FIXTURES = resolve(import.meta.dirname, '../tests/fixtures/generic');
const SAVED = new URL('file:///saved-page.html');
const SITE_FOLDERS = ['google-scholar', 'dblp', 'acl-anthology'] as const;
const BENCHMARK_RUNS = 30;

interface Score {
  label: string;
  expected: number;
  found: number;
  matched: number;
  /** Matched records whose field equals the reference, per field; null fields in the reference are not counted. */
  fields: Record<string, { right: number; total: number }>;
  confidence: number | null;
}

interface Reference {
  title: string;
  year: number | null;
  authors?: string[];
  venue?: string | null;
}

function runGeneric(doc: Document): { papers: PageRecord[]; confidence: number | null } {
  const page = generic.detect(doc, SAVED);
  const confidence = findList(doc)?.confidence ?? null;
  if (!page) return { papers: [], confidence };
  const rows = generic.parse(doc, page).rows;
  return { papers: rows.flatMap((row) => (row.paper ? [row.paper] : [])), confidence };
}

function score(label: string, references: Reference[], papers: PageRecord[], confidence: number | null): Score {
  const byTitle = new Map(papers.map((paper) => [normalizeTitle(paper.title), paper]));
  const fields: Score['fields'] = {};
  const count = (field: string, right: boolean) => {
    const slot = (fields[field] ??= { right: 0, total: 0 });
    slot.total++;
    if (right) slot.right++;
  };
  for (const reference of references) {
    const paper = byTitle.get(normalizeTitle(reference.title));
    if (!paper) continue;
    if (reference.year !== null) count('year', paper.year === reference.year);
    if (reference.authors && reference.authors.length > 0) {
      count('author count', paper.authors.length === reference.authors.length);
      count('first author', nameKey(paper.authors[0]?.name ?? '') === nameKey(reference.authors[0]!));
    }
    if (reference.venue) count('venue', venueMatches(paper.venue, reference.venue));
  }
  // Recall and precision count distinct folded titles, because some pages list a title twice.
  const expectedTitles = new Set(references.map((reference) => normalizeTitle(reference.title)));
  const foundTitles = new Set(papers.map((paper) => normalizeTitle(paper.title)));
  const shared = Array.from(foundTitles).filter((title) => expectedTitles.has(title)).length;
  return { label, expected: expectedTitles.size, found: foundTitles.size, matched: shared, fields, confidence };
}

/** Venues match when one folded name contains the other ("ICLR" and "In ICLR, 2024"). */
function venueMatches(found: string | null, expected: string): boolean {
  if (!found) return false;
  const [a, b] = [normalizeTitle(found), normalizeTitle(expected)];
  return a.includes(b) || b.includes(a);
}

async function homepageScores(): Promise<Score[]> {
  const expected = JSON.parse(readFileSync(resolve(FIXTURES, 'homepages.expected.json'), 'utf8')) as {
    pages: { file: string; entries: [number, string][] }[];
  };
  const scores: Score[] = [];
  for (const page of expected.pages) {
    const file = resolve(REAL_PAGES, 'homepages', page.file);
    if (!existsSync(file)) continue;
    const { papers, confidence } = runGeneric(await loadPage(file));
    const references = page.entries.map(([year, title]) => ({ title, year }));
    scores.push(score(`homepages/${page.file}`, references, papers, confidence));
  }
  return scores;
}

async function sitePageScores(): Promise<Score[]> {
  const scores: Score[] = [];
  for (const folder of SITE_FOLDERS) {
    const directory = resolve(REAL_PAGES, folder);
    const adapter = ADAPTERS.find((candidate) => candidate.site === folder);
    if (!adapter || !existsSync(directory)) continue;
    for (const name of readdirSync(directory).filter((file) => file.endsWith('.html')).sort()) {
      const siteDoc = await loadPage(resolve(directory, name));
      const sitePage = adapter.detect(siteDoc, SAVED);
      if (!sitePage) continue;
      const references = adapter
        .parse(siteDoc, sitePage)
        .rows.flatMap((row) => (row.paper ? [row.paper] : []))
        .map((paper) => ({ title: paper.title, year: paper.year, authors: paper.authors.map((a) => a.name), venue: paper.venue }));
      const { papers, confidence } = runGeneric(await loadPage(resolve(directory, name)));
      scores.push(score(`${folder}/${name}`, references, papers, confidence));
    }
  }
  return scores;
}

async function negativeResults(): Promise<{ label: string; detected: boolean; confidence: number | null }[]> {
  const files = readdirSync(resolve(FIXTURES, 'negative'))
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => ({ label: `negative/${file}`, path: resolve(FIXTURES, 'negative', file) }));
  const arxivDirectory = resolve(REAL_PAGES, 'arxiv');
  if (existsSync(arxivDirectory)) {
    for (const file of readdirSync(arxivDirectory).filter((name) => name.endsWith('.html'))) {
      files.push({ label: `arxiv/${file}`, path: resolve(arxivDirectory, file) });
    }
  }
  const results = [];
  for (const { label, path } of files) {
    const doc = await loadPage(path);
    results.push({ label, detected: generic.detect(doc, SAVED) !== null, confidence: findList(doc)?.confidence ?? null });
  }
  return results;
}

function benchmark(): { elements: number; entries: number; medianMs: number; cpuMedianMs: number } {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  const doc = new window.DOMParser().parseFromString(benchmarkPage(), 'text/html') as unknown as Document;
  const elements = doc.querySelectorAll('*').length;
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let entries = 0;
  for (let run = 0; run < BENCHMARK_RUNS; run++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    entries = findList(doc)?.entries.length ?? 0;
    const cpu = process.cpuUsage(cpuStarted);
    times.push(performance.now() - started);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }
  // The first runs include JIT warm-up of the DOM library; the median is the steady state.
  // CPU time is printed beside wall time because wall time grows with other load on the machine.
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { elements, entries, medianMs: median(times), cpuMedianMs: median(cpuTimes) };
}

function printScores(title: string, scores: Score[]): void {
  console.log(`\n${title}`);
  const total = { expected: 0, found: 0, matched: 0 };
  const fieldTotals: Score['fields'] = {};
  for (const item of scores) {
    total.expected += item.expected;
    total.found += item.found;
    total.matched += item.matched;
    for (const [field, slot] of Object.entries(item.fields)) {
      const sum = (fieldTotals[field] ??= { right: 0, total: 0 });
      sum.right += slot.right;
      sum.total += slot.total;
    }
    const fieldText = Object.entries(item.fields).map(([field, slot]) => `${field} ${percent(slot.right, slot.total)}`).join(', ');
    console.log(
      `  ${item.label}: confidence ${item.confidence ?? '-'}, recall ${percent(item.matched, item.expected)} ` +
        `(${item.matched}/${item.expected}), precision ${percent(item.matched, item.found)} (${item.matched}/${item.found}); ${fieldText}`,
    );
  }
  const fieldText = Object.entries(fieldTotals).map(([field, slot]) => `${field} ${percent(slot.right, slot.total)}`).join(', ');
  console.log(
    `  all: recall ${percent(total.matched, total.expected)}, precision ${percent(total.matched, total.found)}; ${fieldText}`,
  );
}

function percent(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`;
}

async function main(): Promise<void> {
  if (!existsSync(REAL_PAGES)) console.warn(`real pages not found at ${REAL_PAGES}; only the negative pages are scored`);
  printScores('(a) real homepages, against hand-counted titles and years', await homepageScores());
  printScores('(b) real site pages, site adapters off, against the site adapters\' records', await sitePageScores());

  console.log('\n(c) pages that must yield nothing');
  const negatives = await negativeResults();
  for (const result of negatives) {
    console.log(`  ${result.label}: ${result.detected ? 'DETECTED' : 'nothing'} (best list confidence ${result.confidence ?? 'none'})`);
  }
  console.log(`  detected on ${negatives.filter((result) => result.detected).length} of ${negatives.length} pages`);

  const timing = benchmark();
  console.log(
    `\nDetection on a generated page of ${timing.elements} elements (${timing.entries} entries found), ` +
      `${BENCHMARK_RUNS} runs in Node with happy-dom: median ${timing.medianMs.toFixed(1)} ms wall time, ` +
      `${timing.cpuMedianMs.toFixed(1)} ms CPU time (load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores)`,
  );
}

await main();
