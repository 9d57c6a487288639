import { parseArgs } from 'node:util';
import { describeArgsError, describeReadError } from './errors';
import { NotAPage, loadPage } from './load-page';
import { parseDocument, printableOutput, UnrecognisedPage } from './parse-command';
import { onePerWork } from '../db/page-ids';
import { exportPapers, type ExportFormat } from '../export';
import { ALL_ADAPTERS as ADAPTERS } from '../sites/all';
import { runTag } from './tag-command';
import { runAnalyze } from './analyze-command';

const FORMATS: readonly ExportFormat[] = ['json', 'bibtex', 'biblatex', 'ris', 'csl', 'csv'];

const USAGE = `Usage:
  scholar-lens parse FILE [--url URL] [--site SITE] [--format FORMAT]
  scholar-lens tag FILE [--prior]
  scholar-lens analyze FILE [--url URL]
  scholar-lens analyze --papers FILE.jsonl [--owner NAME]

Commands:
  parse   Read a saved profile page and print its papers.
  tag     Read JSON lines {"title", "abstract"?, "venue"?} from FILE ("-" for standard input) and print
          one line {"tags": [{field, class, score, tier}, ...]} per input line, best tag first.
  analyze Print as JSON the collaboration summary, collaborator groups and merged-profile verdict
          (clusters as lists of paper indexes) of a saved profile page, or of JSON lines with
          "title" and "authors" (a list of names) and optional "year", "venue", "abstract",
          "categories" and other paper fields.

Options:
  --url URL        The address the page was saved from; picks the site adapter.
  --site SITE      Run this site adapter only (google-scholar, dblp, acl-anthology, arxiv, generic).
                   Without it, a page that no site adapter claims falls through to generic.
  --format FORMAT  Output format: ${FORMATS.join(', ')} (default json).
  --prior          (tag) Treat the lines as one profile's papers; its topic mix breaks close calls.
  --papers FILE    (analyze) Read papers from a JSON-lines file instead of a page.
  --owner NAME     (analyze --papers) The profile owner's name, left out of the co-authors.
  -h, --help       Show this help.

Exit codes: 0 success, 1 usage or read error or an invalid input line (tag, analyze --papers),
2 page empty or not recognised.`;

/** Runs the CLI and returns its exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help') {
    process.stdout.write(`${USAGE}\n`);
    return command ? 0 : 1;
  }
  if (command === 'tag') return tagCommand(rest);
  if (command === 'analyze') return runAnalyze(rest);
  if (command !== 'parse') return usageError(`unknown command "${command}"`);

  let args;
  try {
    args = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { url: { type: 'string' }, site: { type: 'string' }, format: { type: 'string', default: 'json' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    return usageError(describeArgsError(error, 'parse', ['url', 'site', 'format', 'help']));
  }
  if (args.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [file] = args.positionals;
  if (!file) return usageError('missing FILE');
  const format = args.values.format as ExportFormat;
  if (!FORMATS.includes(format)) return usageError(`invalid --format "${format}"; use one of ${FORMATS.join(', ')}`);

  const { url, site } = args.values;
  if (url !== undefined && !URL.canParse(url)) return usageError(`invalid --url "${url}"; give an absolute address such as https://…`);
  if (site !== undefined && !ADAPTERS.some((adapter) => adapter.site === site)) {
    return usageError(`unknown --site "${site}"; known sites: ${ADAPTERS.map((adapter) => adapter.site).join(', ')}`);
  }

  let doc: Document;
  try {
    doc = await loadPage(file);
  } catch (error) {
    // An empty file or a data file keeps exit code 2, the code of a page with no list to read.
    if (error instanceof NotAPage) return pageError(error.message);
    process.stderr.write(`scholar-lens: ${describeReadError(file, error)}\n`);
    return 1;
  }
  try {
    const output = parseDocument(doc, { url: args.values.url, site: args.values.site });
    const text = format === 'json' ? `${JSON.stringify(printableOutput(output), null, 2)}\n` : exportPapers(onePerWork(output.papers), format).text;
    process.stdout.write(text);
    return 0;
  } catch (error) {
    if (error instanceof UnrecognisedPage) return pageError(`${file}: ${error.message}`);
    throw error;
  }
}

async function tagCommand(rest: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({ args: rest, allowPositionals: true, options: { prior: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    return usageError(describeArgsError(error, 'tag', ['prior', 'help']));
  }
  if (args.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [file] = args.positionals;
  if (!file) return usageError('missing FILE');
  return runTag(file, args.values.prior);
}

function pageError(message: string): number {
  process.stderr.write(`scholar-lens: ${message}\n`);
  return 2;
}

function usageError(message: string): number {
  process.stderr.write(`scholar-lens: ${message}\nRun "scholar-lens --help" for usage.\n`);
  return 1;
}
