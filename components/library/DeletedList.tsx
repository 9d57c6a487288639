import { useEffect, useRef } from 'preact/hooks';
import { describePapers, type DeletedBatch } from './useDeletion';

export interface DeletedListProps {
  /** Deleted batches, newest first. */
  deleted: DeletedBatch[];
  onUndo: (batch: DeletedBatch) => void;
  /** Counter whose every increase moves focus to the newest Undo button. */
  focusRequest: number;
}

/** Renders the deletes made on this page, each with an Undo button that writes the records back. */
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
      <p class="hint">Undo restores papers until this page is closed or reloaded.</p>
      <ul class="deleted-list">
        {deleted.map((batch, index) => {
          const name = batch.records.length === 1 ? (batch.records[0]?.title ?? '') : describePapers(batch.records);
          return (
            <li key={batch.records[0]?.id} class="deleted-item">
              <span>Deleted {describePapers(batch.records)}.</span>
              <button
                ref={index === 0 ? newestUndo : undefined}
                type="button"
                class="button"
                data-testid="undo-delete"
                aria-label={`Undo delete of ${name}`}
                onClick={() => onUndo(batch)}
              >
                Undo
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
