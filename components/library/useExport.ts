import { useState } from 'preact/hooks';
import type { ScholarLensDatabase, StoredPaper } from '@/lib/db/database';
import { exportFileName, type ExportFormat } from '@/lib/export';
import { log } from '@/lib/log';
import { downloadText } from '../download';
import { exportRecords, libraryCitationKeys, loadProfilesOf } from './exportRecords';

/** Formats that write citation keys. */
const KEYED_FORMATS: ReadonlySet<ExportFormat> = new Set(['bibtex', 'biblatex', 'csl']);

export const FORMAT_LABELS: Record<ExportFormat, string> = {
  bibtex: 'BibTeX',
  biblatex: 'BibLaTeX',
  ris: 'RIS',
  csl: 'CSL-JSON',
  csv: 'CSV',
  json: 'JSON (Scholar Lens backup)',
};

export type ExportProgress = { status: 'idle' } | { status: 'running'; done: number; total: number } | { status: 'done'; message: string };

export interface Exporter {
  progress: ExportProgress;
  error: string | null;
  /** Writes the records in `format` and downloads the file under the name `exportFileName` builds. */
  run: (records: StoredPaper[], format: ExportFormat, label: string) => Promise<void>;
}

/**
 * Runs exports with progress and a user-facing error message. Callers disable their controls while one runs.
 * A JSON backup also carries the profiles in `db` that the exported papers were listed under.
 */
export function useExport(db: ScholarLensDatabase): Exporter {
  const [progress, setProgress] = useState<ExportProgress>({ status: 'idle' });
  const [error, setError] = useState<string | null>(null);

  async function run(records: StoredPaper[], format: ExportFormat, label: string): Promise<void> {
    setError(null);
    if (records.length === 0) {
      setError(`No papers to export for "${label}". Select papers, or open the profile's page so its papers are stored, then export again.`);
      return;
    }
    setProgress({ status: 'running', done: 0, total: records.length });
    try {
      const profiles = format === 'json' ? await loadProfilesOf(db, records) : [];
      const keys = KEYED_FORMATS.has(format) ? await libraryCitationKeys(db, records) : undefined;
      const file = await exportRecords(records, format, {
        onProgress: (done, total) => setProgress({ status: 'running', done, total }),
        profiles,
        ...(keys && { keys }),
      });
      const fileName = exportFileName(label, format, new Date());
      downloadText(file.text, fileName, file.mimeType);
      setProgress({ status: 'done', message: `Exported ${records.length} ${records.length === 1 ? 'paper' : 'papers'} to ${fileName}.` });
    } catch (caught) {
      log.error(`export of ${records.length} papers as ${format} failed`, caught);
      const detail = caught instanceof Error ? caught.message : String(caught);
      setError(`Export as ${FORMAT_LABELS[format]} failed: ${detail}. Try again, or pick another format.`);
      setProgress({ status: 'idle' });
    }
  }

  return { progress, error, run };
}
