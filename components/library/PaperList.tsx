import type { StoredPaper } from '@/lib/db/database';
import { NOTHING_SAVED_MESSAGE } from '../savedPapers';
import { matchesFilter } from './format';
import { PaperItem } from './PaperItem';

export interface PaperListProps {
  /** Saved papers in display order. */
  papers: StoredPaper[];
  /** Text typed into the filter box. An empty filter shows every paper. */
  filter: string;
  onDelete: (paper: StoredPaper) => void;
}

/** Renders the saved papers that match the filter, under a count line that screen readers announce. */
export function PaperList({ papers, filter, onDelete }: PaperListProps) {
  if (papers.length === 0) return <p class="message">{NOTHING_SAVED_MESSAGE}</p>;

  const matching = papers.filter((paper) => matchesFilter(paper, filter));
  const total = `${papers.length} saved ${papers.length === 1 ? 'paper' : 'papers'}`;
  return (
    <section aria-label="Saved papers">
      <p class="count" role="status" data-testid="library-count">
        {matching.length === papers.length ? total : `Showing ${matching.length} of ${total}`}
      </p>
      {matching.length === 0 ? (
        <p class="message">No saved paper matches “{filter.trim()}”.</p>
      ) : (
        <ul class="paper-list">
          {matching.map((paper) => (
            <PaperItem key={paper.id} paper={paper} onDelete={onDelete} />
          ))}
        </ul>
      )}
    </section>
  );
}
