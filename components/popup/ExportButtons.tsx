import { useState } from 'preact/hooks';
import type { ScholarLensDatabase } from '@/lib/db/database';
import { exportFileName, exportPapers, type ExportFormat } from '@/lib/export';
import { log } from '@/lib/log';
import { downloadText } from '../download';
import { loadSavedPapers, toExportedPaper } from '../savedPapers';

const FORMATS: { format: ExportFormat; label: string }[] = [
  { format: 'json', label: 'JSON' },
  { format: 'bibtex', label: 'BibTeX' },
  { format: 'csv', label: 'CSV' },
];

export interface ExportButtonsProps {
  db: ScholarLensDatabase;
  /** True while the counts load or when nothing is saved. */
  disabled: boolean;
}

/** Renders one button per export format. Each button downloads all saved papers, newest saved first. */
export function ExportButtons({ db, disabled }: ExportButtonsProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function handleExport(format: ExportFormat, label: string): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      const papers = (await loadSavedPapers(db)).map(toExportedPaper);
      const file = exportPapers(papers, format);
      downloadText(file.text, exportFileName('saved', format, new Date()), file.mimeType);
    } catch (caught) {
      log.error(`export of saved papers as ${format} failed`, caught);
      const detail = caught instanceof Error ? caught.message : String(caught);
      setError(`Export as ${label} failed: ${detail}. Try again, or pick another format.`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="export" aria-labelledby="export-heading">
      <h2 id="export-heading" class="section-title">
        Export saved papers
      </h2>
      <div class="button-row">
        {FORMATS.map(({ format, label }) => (
          <button
            key={format}
            type="button"
            class="button"
            data-testid={`export-${format}`}
            disabled={disabled || busy}
            onClick={() => void handleExport(format, label)}
          >
            {label}
          </button>
        ))}
      </div>
      {error && (
        <p class="message message-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
