import type { LoadProgress } from './ProfilePanel';

interface Props {
  load: LoadProgress;
  canLoadMore: boolean;
  onLoadAll: () => void;
  onCancel: () => void;
}

const OUTCOME_TEXT: Record<string, (rows: number) => string> = {
  complete: (rows) => `All ${rows} papers loaded.`,
  blocked: (rows) =>
    `Stopped at ${rows} papers: the site showed an error or a CAPTCHA instead of more rows. Check your connection or solve the CAPTCHA on the page, then try again.`,
  'timed-out': (rows) => `Stopped at ${rows} papers: the site sent no more rows within 30 seconds. Try again later.`,
  cancelled: (rows) => `Stopped at ${rows} papers.`,
};

/** The "Load all papers" button, its progress and how it ended. */
export function LoadAllControl({ load, canLoadMore, onLoadAll, onCancel }: Props) {
  const message = load.status === 'idle' || load.status === 'loading' ? null : OUTCOME_TEXT[load.status]?.(load.rows);
  return (
    <div class="block load" data-testid="load-all">
      {load.status === 'loading' ? (
        <>
          <span role="status" aria-live="polite" data-testid="load-progress">
            Loading… {load.rows} papers so far
          </span>{' '}
          <button type="button" onClick={onCancel}>
            Stop
          </button>
        </>
      ) : (
        canLoadMore && (
          <button type="button" onClick={onLoadAll} data-testid="load-all-button">
            Load all papers
          </button>
        )
      )}
      {message && (
        <p class="note" role="status" data-testid="load-outcome">
          {message}
        </p>
      )}
    </div>
  );
}
