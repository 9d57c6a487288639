import { useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import type { StoredPaper } from '@/lib/db/database';

export interface NoteEditor {
  /** Id of the paper whose note editor is open, or null when none is. */
  editing: string | null;
  open: (paper: StoredPaper) => void;
  /** Closes the editor and focuses the paper's "Note and tags" button, or `fallback` when the row is no longer rendered. */
  close: () => void;
}

/** Tracks which paper's note editor is open, and moves focus when it closes. */
export function useNoteEditor(fallback: RefObject<HTMLElement | null>): NoteEditor {
  const [editing, setEditing] = useState<string | null>(null);
  return {
    editing,
    open(paper) {
      setEditing(paper.id);
    },
    close() {
      const id = editing;
      setEditing(null);
      const button = id ? document.querySelector<HTMLElement>(`[data-paper-id="${CSS.escape(id)}"] [data-testid="edit-paper"]`) : null;
      (button ?? fallback.current)?.focus();
    },
  };
}
