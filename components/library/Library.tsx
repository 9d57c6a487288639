import { useRef, useState } from 'preact/hooks';
import type { ScholarLensDatabase, StoredPaper } from '@/lib/db/database';
import { getDatabase } from '@/lib/db/instance';
import { loadSavedPapers } from '../savedPapers';
import { useDatabaseQuery } from '../storage';
import { DeletedList } from './DeletedList';
import { PaperList } from './PaperList';
import { useDeletion } from './useDeletion';

export interface LibraryProps {
  /** Database to read and change. Defaults to the extension's shared database. */
  db?: ScholarLensDatabase;
}

/** Renders the library page: the saved papers, newest saved first, with a filter and delete with undo. */
export function Library({ db = getDatabase() }: LibraryProps) {
  const papers = useDatabaseQuery(db, () => loadSavedPapers(db), []);
  const deletion = useDeletion(db);
  const [filter, setFilter] = useState('');
  const [undoFocusRequest, setUndoFocusRequest] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);

  async function handleDelete(paper: StoredPaper): Promise<void> {
    if (await deletion.remove(paper)) setUndoFocusRequest((count) => count + 1);
  }

  async function handleUndo(record: StoredPaper): Promise<void> {
    const othersLeft = deletion.deleted.length > 1;
    if (!(await deletion.restore(record))) return;
    // The clicked Undo button is removed, so focus moves to the next Undo button or else to the heading.
    if (othersLeft) setUndoFocusRequest((count) => count + 1);
    else heading.current?.focus();
  }

  return (
    <main class="page library">
      <header class="library-header">
        <h1 class="page-title" ref={heading} tabIndex={-1}>
          Scholar Lens library
        </h1>
        <div class="filter">
          <label for="library-filter">Filter</label>
          <input
            id="library-filter"
            type="search"
            data-testid="library-filter"
            placeholder="Title, author or venue"
            value={filter}
            onInput={(event) => setFilter(event.currentTarget.value)}
          />
        </div>
      </header>
      {deletion.error && (
        <p class="message message-error" role="alert">
          {deletion.error}
        </p>
      )}
      <DeletedList deleted={deletion.deleted} onUndo={(record) => void handleUndo(record)} focusRequest={undoFocusRequest} />
      {papers.status === 'failed' && (
        <p class="message message-error" role="alert">
          {papers.message}
        </p>
      )}
      {papers.status === 'loading' && <p class="message">Loading saved papers…</p>}
      {papers.status === 'ready' && (
        <PaperList papers={papers.value} filter={filter} onDelete={(paper) => void handleDelete(paper)} />
      )}
    </main>
  );
}
