import { useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import type { StoredPaper } from '@/lib/db/database';

export interface NoteEditor {
  /** Id of the paper whose note and tags are open, or null. */
  editing: string | null;
  open: (paper: StoredPaper) => void;
  /** Closes the editor and returns focus to the paper's button, or to `fallback` when its row has scrolled away. */
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
