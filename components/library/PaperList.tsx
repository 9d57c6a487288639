import type { StoredPaper } from '@/lib/db/database';
import { NOTHING_SAVED_MESSAGE } from '../savedPapers';
import { PaperItem } from './PaperItem';
import { VirtualList } from './VirtualList';

/** Height of one library row in CSS pixels; `.paper` in library.css keeps rows within it. */
const ROW_HEIGHT = 112;

export interface PaperListProps {
  /** Papers in the chosen scope, before search and filters. */
  inScope: StoredPaper[];
  /** Papers to list, in display order. */
  shown: StoredPaper[];
  scope: 'saved' | 'all';
  /** When no saved paper passes, the number of unsaved stored papers that would. */
  unsavedMatches: number;
  query: string;
  selected: ReadonlySet<string>;
  onSelect: (paper: StoredPaper, selected: boolean) => void;
  onEdit: (paper: StoredPaper) => void;
  onDelete: (paper: StoredPaper) => void;
  onToggleSaved: (paper: StoredPaper) => void;
  /** Number of stored papers, saved or not. */
  storedCount: number;
  /** Switches the list to all stored papers. */
  onShowAll: () => void;
}

/** Renders the matching papers as a virtualised list, under a count line that screen readers announce. */
export function PaperList({ inScope, shown, scope, unsavedMatches, query, selected, onSelect, onEdit, onDelete, onToggleSaved, storedCount, onShowAll }: PaperListProps) {
  if (inScope.length === 0 && scope === 'saved' && storedCount > 0) {
    return (
      <p class="message" data-testid="nothing-saved">
        No saved papers yet. {storedCount} {storedCount === 1 ? 'paper' : 'papers'} from the pages you opened{' '}
        {storedCount === 1 ? 'is' : 'are'} stored.{' '}
        <button type="button" class="button" onClick={onShowAll} data-testid="show-all-stored">
          Show all stored papers
        </button>
      </p>
    );
  }
  if (inScope.length === 0) {
    return <p class="message">{scope === 'saved' ? NOTHING_SAVED_MESSAGE : 'No stored papers yet. Open a profile on a supported site to store its papers.'}</p>;
  }

  const noun = scope === 'saved' ? 'saved' : 'stored';
  const total = `${inScope.length} ${noun} ${inScope.length === 1 ? 'paper' : 'papers'}`;
  return (
    <section aria-label="Papers" class="paper-section">
      <p class="count" role="status" data-testid="library-count">
        {shown.length === inScope.length ? total : `Showing ${shown.length} of ${total}`}
      </p>
      {shown.length === 0 ? (
        <p class="message" data-testid="no-match">
          {query.trim() ? `No ${noun} paper matches “${query.trim()}”.` : `No ${noun} paper passes these filters.`}
          {unsavedMatches > 0 && (
            <>
              {' '}
              {unsavedMatches} stored {unsavedMatches === 1 ? 'paper that is' : 'papers that are'} not saved {unsavedMatches === 1 ? 'does' : 'do'}.{' '}
              <button type="button" class="button" onClick={onShowAll} data-testid="show-all-matching">
                Show all stored papers
              </button>
            </>
          )}
        </p>
      ) : (
        <VirtualList
          items={shown}
          rowHeight={ROW_HEIGHT}
          label={`Papers, ${shown.length} shown`}
          itemKey={(paper) => paper.id}
          renderItem={(paper) => (
            <PaperItem paper={paper} selected={selected.has(paper.id)} onSelect={onSelect} onEdit={onEdit} onDelete={onDelete} onToggleSaved={onToggleSaved} />
          )}
        />
      )}
    </section>
  );
}
