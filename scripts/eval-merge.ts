/**
 * Measures merged-profile detection on real single-person pages. Synthetic merged profiles mix
 * the rows of two or three pages, with each page's owner renamed to the first page's owner, as
 * when a site merges people who share a name. Prints B³ precision, recall and F1 of the
 * clusters against the page each row came from, the warning rate on the mixes, the false-alarm
 * rate on the unmixed pages, and the analysis time for 1000 papers.
 *
 * Run: npm run eval:merge
 */
import { readdirSync, existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { analyzeProfile } from '../lib/analysis/collaboration/analyze';
import { indexCoauthors } from '../lib/analysis/collaboration/people';
import { detectMergedProfile } from '../lib/analysis/merged-profile';
import { ownerMatcher } from '../lib/analysis/names';
import { loadPage } from '../lib/cli/load-page';
import { parseDocument, UnrecognisedPage } from '../lib/cli/parse-command';
import type { Paper } from '../lib/model';
import { REAL_PAGES } from './shared-folder';

const FOLDERS = ['google-scholar', 'dblp', 'acl-anthology'];
/** Pages with fewer papers are judged for false alarms but not mixed, because they cannot form a person-sized cluster. */
const MIN_PAPERS_TO_MIX = 10;
/** Rows taken from one page at most, evenly spaced, so one large page does not hide the others. */
const MAX_ROWS_PER_PAGE = 200;
const BENCHMARK_PAPERS = 1000;
const BENCHMARK_RUNS = 15;

interface SourcePage {
  label: string;
  owner: string;
  papers: Paper[];
}

async function loadSources(): Promise<SourcePage[]> {
  const sources: SourcePage[] = [];
  for (const folder of FOLDERS) {
    const directory = resolve(REAL_PAGES, folder);
    if (!existsSync(directory)) continue;
    for (const file of readdirSync(directory).filter((name) => name.endsWith('.html')).sort()) {
      try {
        const parsed = parseDocument(await loadPage(resolve(directory, file)), {});
        const owner = indexCoauthors(parsed.papers, parsed.profile?.name || null).owner;
        if (!owner || parsed.papers.length === 0) continue;
        sources.push({ label: `${folder}/${file}`, owner, papers: parsed.papers });
      } catch (error) {
        if (!(error instanceof UnrecognisedPage)) throw error;
      }
    }
  }
  return sources;
}

/** Evenly spaced rows, at most `limit`. */
function sample(papers: Paper[], limit: number): Paper[] {
  if (papers.length <= limit) return papers;
  const step = papers.length / limit;
  return Array.from({ length: limit }, (_unused, index) => papers[Math.floor(index * step)]!);
}

/** Writes the first page's owner name in place of this page's owner in every author list. */
function renameOwner(papers: Paper[], from: string, to: string): Paper[] {
  const isOwner = ownerMatcher(from);
  return papers.map((paper) => ({
    ...paper,
    authors: paper.authors.map((author) => (isOwner(author.name) ? { ...author, name: to } : author)),
  }));
}

/** Finds the spelling of the owner's name used most often in their own author lists. */
function ownerSpelling(source: SourcePage): string {
  const isOwner = ownerMatcher(source.owner);
  const counts = new Map<string, number>();
  for (const paper of source.papers) {
    for (const author of paper.authors) if (isOwner(author.name)) counts.set(author.name, (counts.get(author.name) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? source.owner;
}

/** B³ precision and recall: per item, overlap of its cluster and its true class, averaged over items. */
function bCubed(clusters: number[][], truth: number[]): { precision: number; recall: number } {
  const clusterOf = new Map<number, number[]>();
  for (const cluster of clusters) for (const item of cluster) clusterOf.set(item, cluster);
  const classSize = new Map<number, number>();
  for (const label of truth) classSize.set(label, (classSize.get(label) ?? 0) + 1);
  let precision = 0;
  let recall = 0;
  truth.forEach((label, item) => {
    const cluster = clusterOf.get(item) ?? [item];
    const together = cluster.filter((other) => truth[other] === label).length;
    precision += together / cluster.length;
    recall += together / (classSize.get(label) ?? 1);
  });
  return { precision: precision / truth.length, recall: recall / truth.length };
}

function combinations<T>(items: T[], size: number): T[][] {
  if (size === 0) return [[]];
  return items.flatMap((item, index) => combinations(items.slice(index + 1), size - 1).map((rest) => [item, ...rest]));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const sources = await loadSources();
console.log(`Read ${sources.length} single-person pages from ${REAL_PAGES}:`);

let falseAlarms = 0;
for (const source of sources) {
  const verdict = detectMergedProfile(source.papers, source.owner);
  if (verdict.warning) falseAlarms += 1;
  console.log(`  ${source.label}: ${source.papers.length} papers, owner "${source.owner}", ${verdict.clusters.length} clusters, verdict ${verdict.verdict}`);
}

const mixable = sources.filter((source) => source.papers.length >= MIN_PAPERS_TO_MIX);
const mixes = [...combinations(mixable, 2), ...combinations(mixable, 3)];
let sumPrecision = 0;
let sumRecall = 0;
let sumF1 = 0;
const f1BySize = new Map<number, number[]>();
let warned = 0;
const misses: string[] = [];
for (const mix of mixes) {
  const first = mix[0]!;
  const name = ownerSpelling(first);
  const papers: Paper[] = [];
  const truth: number[] = [];
  mix.forEach((source, label) => {
    const rows = renameOwner(sample(source.papers, MAX_ROWS_PER_PAGE), source.owner, name);
    papers.push(...rows);
    truth.push(...rows.map(() => label));
  });
  const verdict = detectMergedProfile(papers, first.owner);
  const { precision, recall } = bCubed(verdict.clusters.map((cluster) => cluster.papers), truth);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  sumPrecision += precision;
  sumRecall += recall;
  sumF1 += f1;
  f1BySize.set(mix.length, [...(f1BySize.get(mix.length) ?? []), f1]);
  if (verdict.warning) warned += 1;
  const names = mix.map((source) => source.label.replace(/^.*\//, '').replace(/\.html$/, '')).join(' + ');
  if (f1 < 0.9 || !verdict.warning) misses.push(`  ${names}: F1 ${f1.toFixed(3)}, ${verdict.clusters.length} clusters, verdict ${verdict.verdict}`);
}

const count = mixes.length;
console.log(`\nSynthetic merges: ${count} (${combinations(mixable, 2).length} pairs, ${combinations(mixable, 3).length} triples, at most ${MAX_ROWS_PER_PAGE} rows per page)`);
console.log(`  B3 precision ${(sumPrecision / count).toFixed(3)}, recall ${(sumRecall / count).toFixed(3)}, F1 ${(sumF1 / count).toFixed(3)} (mean over merges)`);
for (const [size, scores] of f1BySize) {
  console.log(`  F1 on merges of ${size} pages: ${(scores.reduce((total, score) => total + score, 0) / scores.length).toFixed(3)} over ${scores.length}`);
}
console.log(`  warned on ${warned} of ${count} merges (${((100 * warned) / count).toFixed(0)}%)`);
if (misses.length > 0) console.log(`Merges with F1 below 0.9 or no warning:\n${misses.join('\n')}`);
console.log(`\nFalse alarms on unmixed pages: ${falseAlarms} of ${sources.length} (${((100 * falseAlarms) / sources.length).toFixed(0)}%)`);

const benchmark = mixable.flatMap((source) => source.papers).slice(0, BENCHMARK_PAPERS);
const times: number[] = [];
for (let run = 0; run < BENCHMARK_RUNS; run++) {
  const start = performance.now();
  analyzeProfile(benchmark, { name: sources[0]?.owner ?? null });
  times.push(performance.now() - start);
}
console.log(
  `\nSummary, groups and clustering of ${benchmark.length} papers in Node ${process.version}: ` +
    `median ${median(times).toFixed(1)} ms, fastest ${Math.min(...times).toFixed(1)} ms over ${BENCHMARK_RUNS} runs (first run included), ` +
    `load average ${loadavg()[0]!.toFixed(1)}.`,
);
