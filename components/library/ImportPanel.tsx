import { useRef, useState } from 'preact/hooks';
import type { ScholarLensDatabase } from '@/lib/db/database';
import { describeImport, parseImportFile, writeImport } from '@/lib/import';
import { log } from '@/lib/log';
import { tagImportedPapers } from './tagImported';

/** Larger files are rejected before reading, because parsing them would stall the page. */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

type ImportState =
  | { status: 'idle' }
  | { status: 'busy'; message: string }
  | { status: 'done'; message: string }
  | { status: 'failed'; message: string };

/**
 * Renders the import form: a file input for a Scholar Lens JSON export, a BibTeX or CSL-JSON file or an ORCID works file.
 * The whole file is validated before anything is written, and a file with an error writes nothing.
 */
export function ImportPanel({ db }: { db: ScholarLensDatabase }) {
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  // The input stays enabled while a file is read, because disabling it would drop keyboard focus.
  const busy = useRef(false);

  async function importFile(file: File): Promise<void> {
    if (file.size > MAX_FILE_BYTES) {
      setState({ status: 'failed', message: `${file.name} is ${Math.round(file.size / 1048576)} MB; the import reads files of up to 50 MB. Split the file and import the parts.` });
      return;
    }
    try {
      setState({ status: 'busy', message: `Reading ${file.name}…` });
      const parsed = parseImportFile(await file.text());
      if (!parsed.ok) {
        setState({ status: 'failed', message: `${file.name} was not imported, and nothing changed. ${parsed.error}` });
        return;
      }
      setState({ status: 'busy', message: `Writing ${parsed.entries.length} papers…` });
      const summary = await writeImport(db, parsed);
      setState({ status: 'done', message: describeImport(summary, file.name) });
      // Topic tags arrive in the list as the background stores them.
      void tagImportedPapers(summary.untaggedIds);
    } catch (caught) {
      log.error(`import of ${file.name} failed`, caught);
      const detail = caught instanceof Error ? caught.message : String(caught);
      setState({ status: 'failed', message: `Import of ${file.name} failed, and nothing changed: ${detail}. Try again.` });
    }
  }

  return (
    <section class="panel-box" aria-labelledby="import-heading">
      <h2 id="import-heading" class="section-title">
        Import
      </h2>
      <label for="import-file">Scholar Lens JSON, BibTeX (.bib), CSL-JSON or ORCID works file</label>
      <input
        id="import-file"
        type="file"
        data-testid="import-file"
        accept=".json,.bib,.bibtex,.txt,application/json,application/x-bibtex"
        aria-describedby={state.status === 'idle' ? undefined : 'import-status'}
        onChange={(event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          // A file chosen while another is read is dropped, and the status line shows the import under way.
          if (!file || busy.current) {
            input.value = '';
            return;
          }
          busy.current = true;
          void importFile(file).finally(() => {
            busy.current = false;
            input.value = '';
          });
        }}
      />
      {state.status === 'failed' ? (
        <p id="import-status" class="message message-error" role="alert" data-testid="import-status">
          {state.message}
        </p>
      ) : (
        state.status !== 'idle' && (
          <p id="import-status" class="hint" role="status" data-testid="import-status">
            {state.message}
          </p>
        )
      )}
    </section>
  );
}
