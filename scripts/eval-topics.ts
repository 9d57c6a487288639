/**
 * Scores the topic tagger against arXiv's own categories.
 *
 * Reads labelled arXiv records (title, abstract, categories with the primary first) from
 * ../shared/data/arxiv-labelled/records.jsonl and the saved arXiv API responses in ../shared/fixtures/real/arxiv/.
 * Each record falls into the tune split or the held-apart split by a seeded hash of its id or title,
 * so the split is the same on every run. Scores are printed for the held-apart split only:
 * field agreement with the primary category, fine top-1 and top-3, and the most common mistakes,
 * once on title and abstract and once on the title alone.
 *
 *   npm run eval:topics            score the shipped tagger
 *   npm run eval:topics -- --tune  rebuild lib/analysis/topics/learned-lexicon.ts from the tune split
 *   npm run eval:topics -- --tune --dry-run  only print the inner check of a fit
 *   npm run eval:topics -- --curve  score lexicons learned from a quarter, half, three quarters and all of the tune split
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { tagPaper } from '../lib/analysis/topics/tagger';
import { tagProfilePapers } from '../lib/analysis/topics/tag-papers';
import { confidentBest } from '../lib/analysis/topics/confidence';
import { archiveOf, canonicalClass, CLASSES } from '../lib/analysis/topics/taxonomy';
import { learnedTerms } from '../lib/analysis/topics/tokens';
import { learnLinear, type LabelledTerms, type LinearOptions } from '../lib/analysis/topics/learn';
import { createLearnedScorer, type LearnedScorer } from '../lib/analysis/topics/learned';
import { SHARED_FOLDER as SHARED } from './shared-folder';

const RECORDS = join(SHARED, 'data/arxiv-labelled/records.jsonl');
const API_ANSWERS = join(SHARED, 'fixtures/real/arxiv');
const LEXICON_FILE = resolve(import.meta.dirname, '../lib/analysis/topics/learned-lexicon.ts');
/** Seed of the split hash; changing it changes which records are held apart. */
const SPLIT_SEED = 20261204;
/** Share of records held apart for reporting. */
const HELD_APART = 0.3;

/** Options of the lexicon fit, chosen by the inner check of --tune. */
const LEARN_OPTIONS: LinearOptions = { minCount: 2, epochs: 15, learningRate: 2, maxTerms: 300, minWeight: 0.5, seed: 7, l2: 0 };

/**
 * Sources whose category lists are not known to put the primary category first (as their own documentation states),
 * so their "primary" may be any of the paper's categories.
 */
const UNCONFIRMED_PRIMARY = ['tiagoft__NLP', 'enimsay21__chatbot', 'AmirYunus__IS6751'];

interface Labelled {
  key: string;
  title: string;
  abstract: string | undefined;
  /** Canonical class id of the primary category. */
  label: string;
  source: string;
}

const { values } = parseArgs({
  options: {
    tune: { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    curve: { type: 'boolean', default: false },
  },
});

if (!existsSync(RECORDS)) {
  console.error(`Labelled records not found at ${RECORDS}. Place the arxiv-labelled data folder in ../shared/data/ next to the project and run again.`);
  process.exit(1);
}
const records = readRecords(RECORDS);
const tune = records.filter((record) => !isHeldApart(record.key));
const heldApart = records.filter((record) => isHeldApart(record.key));
console.log(`${records.length} labelled records: ${tune.length} for tuning, ${heldApart.length} held apart (seed ${SPLIT_SEED}).`);

if (values.tune) {
  runTuning(tune);
} else if (values.curve) {
  learningCurve(tune, heldApart);
} else {
  const confirmed = heldApart.filter((record) => !UNCONFIRMED_PRIMARY.some((source) => record.source.includes(source)));
  report('held-apart split, primary stated by the source, title + abstract', confirmed.filter((r) => r.abstract), true);
  report('held-apart split, primary stated by the source, title only', confirmed, false);
  report('held-apart split, all records, title + abstract', heldApart.filter((r) => r.abstract), true);
  report('held-apart split, all records, title only', heldApart, false);
  const answers = readApiAnswers(API_ANSWERS);
  if (answers.length > 0) {
    report('arXiv API responses, title + abstract', answers, true);
    report('arXiv API responses, title only', answers, false);
  } else {
    console.log(`No saved arXiv API responses found in ${API_ANSWERS}; skipped them.`);
  }
  benchmark(heldApart);
}

function readRecords(path: string): Labelled[] {
  const labelled: Labelled[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const raw = JSON.parse(line) as { id: string | null; title: string; abstract: string | null; categories: string[]; source: string };
    const label = canonicalClass(raw.categories[0] ?? '');
    if (!label) continue;
    labelled.push({ key: raw.id ?? raw.title.toLowerCase(), title: raw.title, abstract: raw.abstract ?? undefined, label, source: raw.source });
  }
  return labelled;
}

/** Reads the Atom entries of saved arXiv API responses: title, summary and primary category. */
function readApiAnswers(folder: string): Labelled[] {
  if (!existsSync(folder)) return [];
  const labelled: Labelled[] = [];
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.xml')).sort()) {
    const xml = readFileSync(join(folder, name), 'utf8');
    for (const entry of xml.split('<entry>').slice(1)) {
      const title = /<title>([\s\S]*?)<\/title>/.exec(entry)?.[1];
      const summary = /<summary>([\s\S]*?)<\/summary>/.exec(entry)?.[1];
      const primary = /<arxiv:primary_category[^>]*term="([^"]+)"/.exec(entry)?.[1];
      const label = primary ? canonicalClass(primary) : null;
      if (!title || !label) continue;
      const clean = (text: string) => decodeXml(text).replace(/\s+/g, ' ').trim();
      labelled.push({ key: title, title: clean(title), abstract: summary ? clean(summary) : undefined, label, source: name });
    }
  }
  return labelled;
}

function decodeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

function isHeldApart(key: string): boolean {
  let hash = SPLIT_SEED >>> 0;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 16777619) >>> 0;
  return (hash % 1000) / 1000 < HELD_APART;
}

/** True when a predicted class matches the label, comparing archives for archive-level labels such as `astro-ph`. */
function classMatches(predicted: string | undefined, label: string): boolean {
  if (!predicted) return false;
  if (!label.includes('.')) return archiveOf(predicted) === label;
  return predicted === label;
}

function fieldOf(classId: string): string {
  return CLASSES[classId]?.[0] ?? 'unknown';
}

function report(name: string, set: Labelled[], withAbstract: boolean): void {
  let field = 0;
  let top1 = 0;
  let top3 = 0;
  let tagged = 0;
  let tagCount = 0;
  let shownCount = 0;
  let shownField = 0;
  const mistakes = new Map<string, number>();
  const fieldMistakes = new Map<string, number>();
  for (const record of set) {
    const tags = tagPaper({ title: record.title, abstract: withAbstract ? record.abstract : undefined });
    const best = tags[0];
    const labelField = fieldOf(record.label);
    if (best?.field === labelField) field++;
    else bump(fieldMistakes, `${labelField} → ${best?.field ?? '(no tag)'}`);
    if (classMatches(best?.class, record.label)) top1++;
    else bump(mistakes, `${record.label} → ${best?.class ?? best?.field ?? '(no tag)'}`);
    if (tags.some((tag) => classMatches(tag.class, record.label))) top3++;
    if (tags.length > 0) tagged++;
    tagCount += tags.length;
    const confident = confidentBest(tags);
    if (confident) shownCount++;
    if (confident?.field === labelField) shownField++;
  }
  const percent = (count: number) => `${((100 * count) / Math.max(1, set.length)).toFixed(1)}%`;
  console.log(`\n${name}: ${set.length} records`);
  console.log(`  field agreement  ${percent(field)}`);
  console.log(`  fine top-1       ${percent(top1)}`);
  console.log(`  fine top-3       ${percent(top3)} (primary among the up to 3 tags returned)`);
  console.log(`  tagged           ${percent(tagged)}, ${(tagCount / Math.max(1, tagged)).toFixed(2)} tags per tagged paper`);
  const shownAgreement = `${((100 * shownField) / Math.max(1, shownCount)).toFixed(1)}%`;
  console.log(`  shown            ${percent(shownCount)} with a best tag confident enough to show, field agreement ${shownAgreement} among them`);
  console.log('  most common field mistakes (primary field → tagged field):');
  for (const [pair, count] of top(fieldMistakes, 6)) console.log(`    ${String(count).padStart(4)}  ${pair}`);
  console.log('  most common fine mistakes (primary → top tag):');
  for (const [pair, count] of top(mistakes, 8)) console.log(`    ${String(count).padStart(4)}  ${pair}`);
}

function bump(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function top(counts: Map<string, number>, n: number): [string, number][] {
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n);
}

/**
 * Times one `tagProfilePapers` call on 1000 titles, the call the extension's background makes for a profile.
 * Prints wall-clock and CPU time, because CPU time stays close to the real cost on a loaded machine.
 */
function benchmark(set: Labelled[]): void {
  const inputs = set.slice(0, 1000).map((record) => ({ title: record.title }));
  for (let run = 0; run < 3; run++) tagProfilePapers(inputs);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < 7; run++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    tagProfilePapers(inputs);
    cpu.push(process.cpuUsage(startCpu).user / 1000);
    wall.push(performance.now() - start);
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[3]?.toFixed(1);
  console.log(`\nbenchmark: ${inputs.length} titles tagged as one profile in ${median(wall)} ms wall, ${median(cpu)} ms CPU (median of 7 runs, Node ${process.version}, load average ${loadavg()[0]?.toFixed(1)})`);
}

/** Returns a record's learned terms twice, with and without its abstract, because row lists often show titles only. */
function trainingTerms(record: Labelled): LabelledTerms[] {
  return [
    { label: record.label, terms: learnedTerms(`${record.title} ${record.abstract ?? ''}`) },
    { label: record.label, terms: learnedTerms(record.title) },
  ];
}

/** Learns the lexicon from the tune split, prints its accuracy on an inner fifth of that split, and writes it. */
function runTuning(set: Labelled[]): void {
  const inner = set.filter((_, index) => index % 5 === 0);
  const fit = set.filter((_, index) => index % 5 !== 0);
  const trial = learnLinear(fit.flatMap(trainingTerms), LEARN_OPTIONS);
  innerCheck(inner, createLearnedScorer(trial));
  if (values['dry-run']) return;

  const lexicon = learnLinear(set.flatMap(trainingTerms), LEARN_OPTIONS);
  const body = Object.entries(lexicon).map(([classId, terms]) => `  ${JSON.stringify(classId)}:\n    ${JSON.stringify(terms)},`);
  const text = [
    '/**',
    ' * Learned term weights by arXiv class id, as `term=weight|…`: the strongest positive weights of a multinomial',
    ' * logistic regression from title and abstract terms to the primary arXiv category. Fitted by',
    ` * scripts/eval-topics.ts --tune on ${set.length} labelled arXiv records (titles, abstracts, categories; arXiv metadata`,
    ' * is CC0 1.0). Generated: edit the script, not this file.',
    ` * Options: ${JSON.stringify(LEARN_OPTIONS)}.`,
    ' */',
    'export const LEARNED_LEXICON: Readonly<Record<string, string>> = {',
    ...body,
    '};',
    '',
  ].join('\n');
  writeFileSync(LEXICON_FILE, text);
  console.log(`wrote ${Object.keys(lexicon).length} classes to ${LEXICON_FILE} (${(text.length / 1024).toFixed(0)} KiB)`);
}

/** Prints the tagger's accuracy with a trial lexicon on the inner fifth of the tune split. */
function innerCheck(inner: Labelled[], scorer: LearnedScorer): void {
  for (const withAbstract of [true, false]) {
    console.log(`inner check on ${inner.length} tune records, ${withAbstract ? 'title + abstract' : 'title only'}: ${accuracy(inner, scorer, withAbstract)}`);
  }
}

/** Returns field agreement, fine top-1 and top-3 of the tagger with a given lexicon, as one line. */
function accuracy(set: Labelled[], scorer: LearnedScorer, withAbstract: boolean): string {
  const scored = withAbstract ? set.filter((record) => record.abstract) : set;
  let field = 0;
  let fine = 0;
  let fine3 = 0;
  for (const record of scored) {
    const tags = tagPaper({ title: record.title, abstract: withAbstract ? record.abstract : undefined }, { scorer });
    if (tags[0]?.field === fieldOf(record.label)) field++;
    if (classMatches(tags[0]?.class, record.label)) fine++;
    if (tags.some((tag) => classMatches(tag.class, record.label))) fine3++;
  }
  const percent = (count: number) => `${((100 * count) / Math.max(1, scored.length)).toFixed(1)}%`;
  return `field ${percent(field)}, fine top-1 ${percent(fine)}, top-3 ${percent(fine3)}`;
}

/**
 * Learns lexicons from growing shares of the tune split and scores each on the held-apart split, to
 * show how much more labelled data would add. Each share contains the records of the smaller ones.
 */
function learningCurve(set: Labelled[], heldApart: Labelled[]): void {
  for (const share of [0.25, 0.5, 0.75, 1]) {
    const part = set.filter((_, index) => ((index * 0.6180339887) % 1) < share);
    const scorer = createLearnedScorer(learnLinear(part.flatMap(trainingTerms), LEARN_OPTIONS));
    console.log(`${String(part.length).padStart(5)} tune records (${share * 100}%): title + abstract ${accuracy(heldApart, scorer, true)}; title only ${accuracy(heldApart, scorer, false)}`);
  }
}
