export interface BulkBarProps {
  selectedCount: number;
  shownCount: number;
  onSelectShown: () => void;
  onClear: () => void;
  onDelete: () => void;
}

/** Renders the bulk actions on the selection: select all shown papers, clear, delete. */
export function BulkBar({ selectedCount, shownCount, onSelectShown, onClear, onDelete }: BulkBarProps) {
  return (
    <div class="bulk-bar" role="group" aria-label="Selection">
      <span data-testid="selected-count" aria-live="polite">
        {selectedCount} selected
      </span>
      <button type="button" class="button" data-testid="select-shown" disabled={shownCount === 0} onClick={onSelectShown}>
        Select all {shownCount} shown
      </button>
      <button type="button" class="button" disabled={selectedCount === 0} onClick={onClear}>
        Clear selection
      </button>
      <button type="button" class="button button-danger" data-testid="delete-selected" disabled={selectedCount === 0} onClick={onDelete}>
        Delete selected
      </button>
    </div>
  );
}
