import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { analyzeProfile, type ProfileAnalysis } from '../analysis/collaboration/analyze';
import { derivePaperId, Paper, type Profile, type Topic } from '../model';
import { AuthorEntry, authorName } from './author-names';
import { describeArgsError, describeReadError, ISSUE_MESSAGES } from './errors';
import { NotAPage, loadPage } from './load-page';
import { parseDocument, UnrecognisedPage } from './parse-command';

export interface AnalyzeOutput extends ProfileAnalysis {
  paperCount: number;
}

/** A JSON-lines file with invalid lines: one problem per line, each naming the file, line and reason. */
export class InvalidPapersFile extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

/**
 * One line of an `analyze --papers` file: title and author names are required. A paper that
 * `parse --format json` printed is a valid line.
 */
const PaperLine = z.looseObject({
  title: z.string().check(z.minLength(1)),
  authors: z.array(AuthorEntry),
  year: z.optional(z.nullable(z.number())),
  venue: z.optional(z.nullable(z.string())),
  abstract: z.optional(z.string()),
  /** arXiv-style categories such as "cs.CL", read as topics. */
  categories: z.optional(z.array(z.string().check(z.minLength(1)))),
  /** Tags as `parse` prints them, where a field-only tag has the class null. */
  topics: z.optional(z.array(z.looseObject({ class: z.optional(z.nullable(z.string())) }))),
});

/** Analyses a saved profile page. */
export async function analyzePage(file: string, url: string | undefined): Promise<AnalyzeOutput> {
  const parsed = parseDocument(await loadPage(file), { url });
  return analyzeWithOwner(parsed.papers, parsed.profile, parsed.profile?.name || null, parsed.complete);
}

/** Analyses papers given as JSON lines. Blank lines are skipped. */
export async function analyzePapersFile(file: string, owner: string | undefined): Promise<AnalyzeOutput> {
  const papers = readPaperLines(await readFile(file, 'utf8'), file);
  return analyzeWithOwner(papers, null, owner ?? null, true);
}

function analyzeWithOwner(papers: Paper[], profile: Profile | null, owner: string | null, complete: boolean): AnalyzeOutput {
  const analysis = analyzeProfile(papers, { name: owner, coauthors: profile?.coauthors, metrics: profile?.metrics }, complete);
  return { paperCount: papers.length, ...analysis };
}

/**
 * Reads JSON lines into papers. Fields of the paper schema that a line leaves out get empty
 * defaults, and the result is validated against that schema. When any line is invalid, throws
 * `InvalidPapersFile` listing every invalid line with its number.
 */
export function readPaperLines(text: string, file: string): Paper[] {
  const papers: Paper[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    const paper = readPaperLine(line);
    if (typeof paper === 'string') problems.push(`${file}:${index + 1}: ${paper}`);
    else papers.push(paper);
  });
  if (problems.length > 0) throw new InvalidPapersFile(problems);
  return papers;
}

/** Reads one JSON line into a paper, or returns why it is invalid. */
function readPaperLine(line: string): Paper | string {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (error) {
    return `invalid JSON (${(error as Error).message})`;
  }
  const input = z.safeParse(PaperLine, raw, { error: ISSUE_MESSAGES });
  if (!input.success) return describeIssue(input.error);
  const { title, authors, categories, year, venue, topics, ...rest } = input.data;
  const paper = {
    id: derivePaperId({}, title, year ?? null),
    authorsTruncated: false,
    citations: null,
    ids: {},
    links: [],
    codeLinks: [],
    // A JSON line comes from no page, but provenance needs an http(s) URL; a line may give its own.
    provenance: [{ site: 'import', profile: null, pageUrl: 'https://localhost/', firstSeen: new Date(0).toISOString(), lastSeen: new Date(0).toISOString() }],
    ...rest,
    title,
    authors: authors.map((author) => ({ name: authorName(author) })),
    topics: topics ? topics.map(withoutNullClass) : (categories ?? []).map(categoryTopic),
    year: year ?? null,
    venue: venue || null,
  };
  const checked = z.safeParse(Paper, paper, { error: ISSUE_MESSAGES });
  return checked.success ? checked.data : describeIssue(checked.error);
}

/** Returns a printed tag with its null class left out, as the paper model stores a field-only tag. */
function withoutNullClass(topic: { class?: string | null | undefined }): unknown {
  if (topic.class !== null) return topic;
  const { class: _class, ...rest } = topic;
  return rest;
}

function categoryTopic(category: string): Topic {
  return { field: category.split('.')[0] ?? category, class: category, label: category, score: 1, tier: 'arxiv-category' };
}

function describeIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  const path = issue?.path.join('.') || 'line';
  return `${path}: ${issue?.message ?? 'invalid value'}; each line needs "title" (a string) and "authors" (a list of names)`;
}

/**
 * Runs `analyze FILE [--url URL]` or `analyze --papers FILE.jsonl [--owner NAME]` and prints
 * the analysis as JSON. Returns the exit code: 0 success, 1 usage or read error or invalid
 * input lines, 2 page empty or not recognised.
 */
export async function runAnalyze(rest: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { url: { type: 'string' }, papers: { type: 'string' }, owner: { type: 'string' } },
    });
  } catch (error) {
    return fail(`${describeArgsError(error, 'analyze', ['url', 'papers', 'owner'])}\nRun "scholar-lens --help" for usage.`, 1);
  }
  const { url, papers, owner } = args.values;
  const [file] = args.positionals;
  if (papers === undefined && !file) return fail('analyze: missing FILE or --papers FILE.jsonl', 1);
  if (papers !== undefined && file) return fail('analyze: give either FILE or --papers FILE.jsonl, not both', 1);
  if (url !== undefined && !URL.canParse(url)) return fail(`analyze: invalid --url "${url}"; give an absolute address such as https://…`, 1);

  try {
    const output = papers !== undefined ? await analyzePapersFile(papers, owner) : await analyzePage(file!, url);
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
    if (papers !== undefined && output.paperCount === 0) {
      process.stderr.write(`scholar-lens: ${papers} is empty: it has no paper lines, so the analysis covers 0 papers.\n`);
    }
    return 0;
  } catch (error) {
    if (error instanceof UnrecognisedPage) return fail(`${file}: ${error.message}`, 2);
    if (error instanceof NotAPage) return fail(error.message, 2);
    if (error instanceof InvalidPapersFile) {
      for (const problem of error.problems) process.stderr.write(`scholar-lens: ${problem}\n`);
      return 1;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
      return fail(describeReadError(papers ?? file ?? '', error), 1);
    }
    throw error;
  }
}

function fail(message: string, code: number): number {
  process.stderr.write(`scholar-lens: ${message}\n`);
  return code;
}
