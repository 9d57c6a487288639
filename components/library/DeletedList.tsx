import { useEffect, useRef } from 'preact/hooks';
import type { StoredPaper } from '@/lib/db/database';

export interface DeletedListProps {
  /** Deleted records, newest first. */
  deleted: StoredPaper[];
  onUndo: (record: StoredPaper) => void;
  /** Counter whose every increase moves focus to the newest Undo button. */
  focusRequest: number;
}

/** Renders the papers deleted on this page, each with an Undo button that writes the record back. */
export function DeletedList({ deleted, onUndo, focusRequest }: DeletedListProps) {
  const newestUndo = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (focusRequest > 0) newestUndo.current?.focus();
  }, [focusRequest]);

  if (deleted.length === 0) return null;
  return (
    <section class="deleted" aria-labelledby="deleted-heading">
      <h2 id="deleted-heading" class="section-title">
        Recently deleted
      </h2>
      <p class="hint">Undo restores a paper until this page is closed or reloaded.</p>
      <ul class="deleted-list">
        {deleted.map((record, index) => (
          <li key={record.id} class="deleted-item">
            <span>Deleted “{record.title}”.</span>
            <button
              ref={index === 0 ? newestUndo : undefined}
              type="button"
              class="button"
              data-testid="undo-delete"
              aria-label={`Undo delete of ${record.title}`}
              onClick={() => onUndo(record)}
            >
              Undo
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
