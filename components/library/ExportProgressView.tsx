import type { Exporter } from './useExport';

/** Shows a running export as a progress bar, a finished one as a status line, and any error. */
export function ExportProgressView({ exporter }: { exporter: Pick<Exporter, 'progress' | 'error'> }) {
  const { progress, error } = exporter;
  return (
    <>
      {progress.status === 'done' && (
        <p class="hint" role="status" data-testid="export-status">
          {progress.message}
        </p>
      )}
      {progress.status === 'running' && (
        <div class="progress" role="status" data-testid="export-status">
          <progress max={Math.max(progress.total, 1)} value={progress.done} aria-label="Export progress" />
          <span>
            Exporting {progress.done} of {progress.total} papers…
          </span>
        </div>
      )}
      {error && (
        <p class="message message-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
