import type { ScholarLensDatabase } from '@/lib/db/database';
import type { ExportFormat } from '@/lib/export';
import { ExportProgressView } from '../library/ExportProgressView';
import { useExport } from '../library/useExport';
import { loadSavedPapers } from '../savedPapers';

const FORMATS: { format: ExportFormat; label: string }[] = [
  { format: 'bibtex', label: 'BibTeX' },
  { format: 'biblatex', label: 'BibLaTeX' },
  { format: 'ris', label: 'RIS' },
  { format: 'csl', label: 'CSL-JSON' },
  { format: 'csv', label: 'CSV' },
  { format: 'json', label: 'JSON' },
];

export interface ExportButtonsProps {
  db: ScholarLensDatabase;
  /** True while the counts load or when nothing is saved. */
  disabled: boolean;
}

/**
 * Renders one button per export format. Each button downloads all saved papers, newest saved
 * first. The JSON file also carries notes, tags and the profiles the papers were listed under, so
 * importing it restores the library.
 */
export function ExportButtons({ db, disabled }: ExportButtonsProps) {
  const exporter = useExport(db);
  const busy = exporter.progress.status === 'running';

  async function handleExport(format: ExportFormat): Promise<void> {
    await exporter.run(await loadSavedPapers(db), format, 'saved');
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
            onClick={() => void handleExport(format)}
          >
            {label}
          </button>
        ))}
      </div>
      <ExportProgressView exporter={exporter} />
    </section>
  );
}
