import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ScholarLensDatabase, StoredPaper, StoredProfile } from '@/lib/db/database';
import { getDatabase } from '@/lib/db/instance';
import { profilePapersInExportOrder, savedPapersInExportOrder } from '../savedPapers';
import { useDatabaseQuery } from '../storage';
import { BulkBar } from './BulkBar';
import { DeletedList } from './DeletedList';
import { ExportPanel, exportScopes } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { readLibraryParams } from './params';
import { PaperDetails } from './PaperDetails';
import { PaperList } from './PaperList';
import { useDeletion, type DeletedBatch } from './useDeletion';
import { useSaveToggle } from './useSaveToggle';
import { selectedInListOrder, useSelection } from './useSelection';
import { useNoteEditor } from './useNoteEditor';
import { useExport } from './useExport';
import { useLibraryView } from './useLibraryView';
import { Filters } from './Filters';
import { SkipLink } from '../SkipLink';

export interface LibraryProps {
  /** Database to read and change. Defaults to the extension's shared database. */
  db?: ScholarLensDatabase;
  /** The page's query string, such as `?profile=google-scholar:ID&export=bibtex`. */
  search?: string;
}

/**
 * Renders the library page: search, filters and sorts over the stored papers, a virtualised list
 * with selection, delete with undo, notes and tags, export and import.
 */
export function Library({ db = getDatabase(), search = location.search }: LibraryProps) {
  const params = useMemo(() => readLibraryParams(search), [search]);
  const papers = useDatabaseQuery(db, () => db.papers.toArray(), []);
  const all = papers.status === 'ready' ? papers.value : EMPTY;
  // Until the profiles load, or if reading them fails, the profile menu shows keys in place of names.
  const profiles = useDatabaseQuery(db, () => db.profiles.toArray(), []);
  const view = useLibraryView(all, profiles.status === 'ready' ? profiles.value : NO_PROFILES, params.profile ? { scope: 'all', profile: params.profile } : {});
  const deletion = useDeletion(db);
  const saving = useSaveToggle(db);
  const exporter = useExport(db);
  const selection = useSelection();
  const [undoFocusRequest, setUndoFocusRequest] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const main = useRef<HTMLElement>(null);
  const tools = useRef<HTMLDivElement>(null);
  /** The id of the paper whose save button takes focus after an unsave, or '' for the heading. */
  const [focusAfterUnsave, setFocusAfterUnsave] = useState<string | null>(null);
  const editor = useNoteEditor(heading);
  const autoExported = useRef(false);

  const byId = useMemo(() => new Map(all.map((paper) => [paper.id, paper])), [all]);
  const selectedRecords = useMemo(() => selectedInListOrder(selection.selected, view.shown, byId), [selection.selected, view.shown, byId]);
  const hiddenSelected = useMemo(() => {
    const shownIds = new Set(view.shown.map((paper) => paper.id));
    return selectedRecords.filter((paper) => !shownIds.has(paper.id)).length;
  }, [selectedRecords, view.shown]);
  const profileName = view.choices.profiles.find((choice) => choice.value === view.filters.profile)?.label ?? null;
  const savedRecords = useMemo(() => savedPapersInExportOrder(all), [all]);
  const scopes = exportScopes(view.shown, selectedRecords, savedRecords, view.filters.profile, profileName);

  useEffect(() => {
    if (papers.status !== 'ready' || !params.profile || !params.exportFormat || autoExported.current) return;
    autoExported.current = true;
    void exporter.run(profilePapersInExportOrder(all, params.profile), params.exportFormat, params.profile);
  }, [papers.status]);

  async function handleDelete(targets: StoredPaper[]): Promise<void> {
    if (!(await deletion.remove(targets))) return;
    selection.forget(targets);
    setUndoFocusRequest((count) => count + 1);
  }

  async function handleUndo(batch: DeletedBatch): Promise<void> {
    const othersLeft = deletion.deleted.length > 1;
    if (!(await deletion.restore(batch))) return;
    // The clicked Undo button is removed, so focus moves to the next Undo button or else to the heading.
    if (othersLeft) setUndoFocusRequest((count) => count + 1);
    else heading.current?.focus();
  }

  async function handleToggleSaved(paper: StoredPaper): Promise<void> {
    const leavesList = paper.saved === 1 && view.filters.scope === 'saved';
    const index = view.shown.indexOf(paper);
    const neighbour = view.shown[index + 1] ?? view.shown[index - 1];
    // An unsaved paper leaves the list of saved papers, and its button with it, so focus moves to
    // the next paper's button once the list has changed, or to the heading when none is left.
    if ((await saving.toggle(paper)) && leavesList) setFocusAfterUnsave(neighbour?.id ?? '');
  }

  useEffect(() => {
    if (focusAfterUnsave === null) return;
    setFocusAfterUnsave(null);
    const button = focusAfterUnsave ? main.current?.querySelector<HTMLElement>(`[data-paper-id="${CSS.escape(focusAfterUnsave)}"] [data-testid="library-save-toggle"]`) : null;
    (button ?? heading.current)?.focus();
  }, [view.shown, focusAfterUnsave]);

  const editingPaper = editor.editing ? byId.get(editor.editing) : undefined;
  return (
    <main class="page library" ref={main}>
      <header class="library-header">
        <SkipLink target={tools} label="Skip to export and import" />
        <h1 class="page-title" ref={heading} tabIndex={-1}>
          Scholar Lens library
        </h1>
      </header>
      <Filters query={view.query} onQuery={view.setQuery} filters={view.filters} onFilters={view.setFilters}
        sort={view.sort} onSort={view.setSort} choices={view.choices} />
      {saving.error && (
        <p class="message message-error" role="alert">
          {saving.error}
        </p>
      )}
      {deletion.error && (
        <p class="message message-error" role="alert">
          {deletion.error}
        </p>
      )}
      <DeletedList deleted={deletion.deleted} onUndo={(batch) => void handleUndo(batch)} focusRequest={undoFocusRequest} />
      {editingPaper && <PaperDetails key={editingPaper.id} db={db} paper={editingPaper} onClose={editor.close} />}
      {papers.status === 'failed' && (
        <p class="message message-error" role="alert">
          {papers.message}
        </p>
      )}
      {papers.status === 'loading' && <p class="message">Loading papers…</p>}
      {papers.status === 'ready' && (
        <>
          <BulkBar selectedCount={selectedRecords.length} hiddenCount={hiddenSelected} shownCount={view.shown.length}
            onSelectShown={() => selection.selectOnly(view.shown)}
            onClear={selection.clear} onDelete={() => void handleDelete(selectedRecords)} />
          <PaperList inScope={view.inScope} shown={view.shown} scope={view.filters.scope} unsavedMatches={view.unsavedMatches} query={view.query} selected={selection.selected}
            onSelect={selection.select} onEdit={editor.open} onDelete={(paper) => void handleDelete([paper])}
            onToggleSaved={(paper) => void handleToggleSaved(paper)}
            storedCount={all.length} onShowAll={() => view.setFilters({ ...view.filters, scope: 'all' })} />
          <div class="library-tools" ref={tools} tabIndex={-1} aria-label="Export and import" role="region">
            <ExportPanel scopes={scopes} exporter={exporter} />
            <ImportPanel db={db} />
          </div>
        </>
      )}
    </main>
  );
}

const EMPTY: StoredPaper[] = [];
const NO_PROFILES: StoredProfile[] = [];
