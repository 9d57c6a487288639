import { useState } from 'preact/hooks';
import type { StoredPaper } from '@/lib/db/database';

export interface Selection {
  /** Ids of the selected papers. */
  selected: ReadonlySet<string>;
  /** Adds the paper to the selection when `isSelected` is true, and removes it otherwise. */
  select: (paper: StoredPaper, isSelected: boolean) => void;
  /** Selects exactly these papers. */
  selectOnly: (papers: readonly StoredPaper[]) => void;
  /** Removes deleted papers from the selection. */
  forget: (papers: readonly StoredPaper[]) => void;
  clear: () => void;
}

/** Keeps the library's selection of papers, by id. */
export function useSelection(): Selection {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  return {
    selected,
    select(paper, isSelected) {
      setSelected((current) => {
        const next = new Set(current);
        if (isSelected) next.add(paper.id);
        else next.delete(paper.id);
        return next;
      });
    },
    selectOnly(papers) {
      setSelected(new Set(papers.map((paper) => paper.id)));
    },
    forget(papers) {
      const removed = new Set(papers.map((paper) => paper.id));
      setSelected((current) => new Set(Array.from(current).filter((id) => !removed.has(id))));
    },
    clear() {
      setSelected(new Set());
    },
  };
}
