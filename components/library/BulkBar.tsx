export interface BulkBarProps {
  selectedCount: number;
  /** Selected papers that the search and filters hide from the list. */
  hiddenCount: number;
  shownCount: number;
  onSelectShown: () => void;
  onClear: () => void;
  onDelete: () => void;
}

/**
 * Renders the bulk actions on the selection: select all shown papers, clear, delete. The count gives
 * how many selected papers the search and filters hide, because the actions apply to them too.
 */
export function BulkBar({ selectedCount, hiddenCount, shownCount, onSelectShown, onClear, onDelete }: BulkBarProps) {
  return (
    <div class="bulk-bar" role="group" aria-label="Selection">
      <span data-testid="selected-count" aria-live="polite">
        {selectedCount} selected
        {hiddenCount > 0 && `, ${hiddenCount} of them hidden by the search or filters`}
      </span>
      <button type="button" class="button" data-testid="select-shown" disabled={shownCount === 0} onClick={onSelectShown}>
        Select all {shownCount} shown
      </button>
      <button type="button" class="button" disabled={selectedCount === 0} onClick={onClear}>
        Clear selection
      </button>
      <button type="button" class="button button-danger" data-testid="delete-selected" disabled={selectedCount === 0} onClick={onDelete}>
        {selectedCount > 0 ? `Delete ${selectedCount} selected` : 'Delete selected'}
      </button>
    </div>
  );
}
