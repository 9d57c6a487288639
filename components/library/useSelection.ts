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

/**
 * Returns the selected papers in the order the list shows them, then the selected papers that the
 * current filters hide, in the order they were selected. An export of the selection lists them so.
 */
export function selectedInListOrder(
  selected: ReadonlySet<string>,
  listed: readonly StoredPaper[],
  byId: ReadonlyMap<string, StoredPaper>,
): StoredPaper[] {
  const inList = listed.filter((paper) => selected.has(paper.id));
  const inListIds = new Set(inList.map((paper) => paper.id));
  const hidden = Array.from(selected).flatMap((id) => (inListIds.has(id) ? [] : (byId.get(id) ?? [])));
  return [...inList, ...hidden];
}
