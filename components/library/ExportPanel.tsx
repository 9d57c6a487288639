import { useState } from 'preact/hooks';
import type { StoredPaper } from '@/lib/db/database';
import type { ExportFormat } from '@/lib/export';
import { ExportProgressView } from './ExportProgressView';
import { FORMAT_LABELS, type Exporter } from './useExport';

/** The id of the selected papers' scope. */
const SELECTION = 'selection';

/** A set of papers the user can export, with the label its file name carries. */
export interface ExportScope {
  id: string;
  label: string;
  fileLabel: string;
  records: StoredPaper[];
}

export interface ExportPanelProps {
  scopes: ExportScope[];
  exporter: Exporter;
}

/**
 * Renders the export form of the library page: which papers, which format, and progress. Until the
 * user picks which papers, the form exports the selection when there is one, else the shown papers.
 */
export function ExportPanel({ scopes, exporter }: ExportPanelProps) {
  const [scopeId, setScopeId] = useState<string | null>(null);
  const [format, setFormat] = useState<ExportFormat>('bibtex');
  const selection = scopes.find((candidate) => candidate.id === SELECTION && candidate.records.length > 0);
  const picked = scopes.find((candidate) => candidate.id === scopeId && candidate.records.length > 0);
  const scope = picked ?? selection ?? scopes[0];
  const running = exporter.progress.status === 'running';

  return (
    <section class="panel-box" aria-labelledby="export-heading">
      <h2 id="export-heading" class="section-title">
        Export
      </h2>
      <form
        class="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          // The form's current values, so a choice made just before submitting is never missed.
          const form = new FormData(event.currentTarget);
          const chosen = scopes.find((candidate) => candidate.id === form.get('scope')) ?? scope;
          const chosenFormat = (form.get('format') as ExportFormat | null) ?? format;
          if (chosen) void exporter.run(chosen.records, chosenFormat, chosen.fileLabel);
        }}
      >
        <label for="export-scope">Papers</label>
        <select id="export-scope" name="scope" data-testid="export-scope" value={scope?.id} onChange={(event) => setScopeId(event.currentTarget.value)}>
          {scopes.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.label} ({candidate.records.length})
            </option>
          ))}
        </select>
        <label for="export-format">Format</label>
        <select id="export-format" name="format" data-testid="export-format" value={format} onChange={(event) => setFormat(event.currentTarget.value as ExportFormat)}>
          {(Object.keys(FORMAT_LABELS) as ExportFormat[]).map((value) => (
            <option key={value} value={value}>
              {FORMAT_LABELS[value]}
            </option>
          ))}
        </select>
        <button type="submit" class="button button-primary" data-testid="export-run" disabled={running || !scope || scope.records.length === 0}>
          Export
        </button>
      </form>
      <ExportProgressView exporter={exporter} />
    </section>
  );
}

/**
 * Returns the sets of papers the export form offers, each in the order its file lists them. The
 * shown papers and the selection keep the list's order (see `selectedInListOrder`).
 * `saved` comes from `savedPapersInExportOrder`, so the file matches the popup's export.
 */
export function exportScopes(
  shown: StoredPaper[],
  selection: StoredPaper[],
  saved: StoredPaper[],
  profile: string | null,
  profileName: string | null,
): ExportScope[] {
  return [
    { id: 'shown', label: profileName ? `Shown papers of ${profileName}` : 'Shown papers', fileLabel: profile ?? 'library', records: shown },
    { id: SELECTION, label: 'Selected papers', fileLabel: 'selection', records: selection },
    { id: 'saved', label: 'All saved papers', fileLabel: 'saved', records: saved },
  ];
}
