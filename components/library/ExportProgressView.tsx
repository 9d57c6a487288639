import type { ExportProgress } from './useExport';

/** Shows a running export as a progress bar, and a finished one as a status line. */
export function ExportProgressView({ progress }: { progress: ExportProgress }) {
  if (progress.status === 'idle') return null;
  if (progress.status === 'done') {
    return (
      <p class="hint" role="status" data-testid="export-status">
        {progress.message}
      </p>
    );
  }
  return (
    <div class="progress" role="status" data-testid="export-status">
      <progress max={Math.max(progress.total, 1)} value={progress.done} aria-label="Export progress" />
      <span>
        Exporting {progress.done} of {progress.total} papers…
      </span>
    </div>
  );
}
