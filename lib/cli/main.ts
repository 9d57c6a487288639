import { parseArgs } from 'node:util';
import { loadPage } from './load-page';
import { parseDocument, UnrecognisedPage } from './parse-command';
import { exportPapers, type ExportFormat } from '../export';

const FORMATS: readonly ExportFormat[] = ['json', 'bibtex', 'biblatex', 'ris', 'csl', 'csv'];

const USAGE = `Usage:
  scholar-lens parse FILE [--url URL] [--site SITE] [--format FORMAT]

Commands:
  parse   Read a saved profile page and print its papers.

Options:
  --url URL        The address the page was saved from; picks the site adapter.
  --site SITE      Run this site adapter only (google-scholar).
  --format FORMAT  Output format: ${FORMATS.join(', ')} (default json).
  -h, --help       Show this help.

Exit codes: 0 success, 1 usage or read error, 2 page not recognised.`;

/** Runs the CLI and returns its exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help') {
    process.stdout.write(`${USAGE}\n`);
    return command ? 0 : 1;
  }
  if (command !== 'parse') return usageError(`unknown command "${command}"`);

  let args;
  try {
    args = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { url: { type: 'string' }, site: { type: 'string' }, format: { type: 'string', default: 'json' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
  if (args.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [file] = args.positionals;
  if (!file) return usageError('missing FILE');
  const format = args.values.format as ExportFormat;
  if (!FORMATS.includes(format)) return usageError(`invalid --format "${format}"; use one of ${FORMATS.join(', ')}`);

  let doc: Document;
  try {
    doc = await loadPage(file);
  } catch (error) {
    process.stderr.write(`scholar-lens: cannot read ${file}: ${(error as Error).message}\n`);
    return 1;
  }
  try {
    const output = parseDocument(doc, { url: args.values.url, site: args.values.site });
    const text = format === 'json' ? `${JSON.stringify(output, null, 2)}\n` : exportPapers(output.papers, format).text;
    process.stdout.write(text);
    return 0;
  } catch (error) {
    if (error instanceof UnrecognisedPage) {
      process.stderr.write(`scholar-lens: ${file}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

function usageError(message: string): number {
  process.stderr.write(`scholar-lens: ${message}\nRun "scholar-lens --help" for usage.\n`);
  return 1;
}
