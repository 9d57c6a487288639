import { browser } from 'wxt/browser';
import type { ScholarLensDatabase } from '@/lib/db/database';
import { getDatabase } from '@/lib/db/instance';
import { libraryStats } from '@/lib/db/papers';
import { log } from '@/lib/log';
import { NOTHING_SAVED_MESSAGE } from '../savedPapers';
import { useDatabaseQuery } from '../storage';
import { ExportButtons } from './ExportButtons';
import { AllowSite } from './AllowSite';

export interface PopupProps {
  /** Database to read. Defaults to the extension's shared database. */
  db?: ScholarLensDatabase;
}

/** Renders the toolbar popup: live paper counts, exports of the saved papers and a button that opens the library page. */
export function Popup({ db = getDatabase() }: PopupProps) {
  const stats = useDatabaseQuery(db, () => libraryStats(db), []);

  if (stats.status === 'failed') {
    return (
      <main class="page popup">
        <h1 class="page-title">Scholar Lens</h1>
        <p class="message message-error" role="alert">
          {stats.message}
        </p>
      </main>
    );
  }

  const counts = stats.status === 'ready' ? stats.value : null;
  return (
    <main class="page popup" aria-busy={counts === null}>
      <h1 class="page-title">Scholar Lens</h1>
      <dl class="stats">
        <div class="stat">
          <dt>Stored papers</dt>
          <dd data-testid="stored-count">{counts ? counts.stored : '…'}</dd>
        </div>
        <div class="stat">
          <dt>Saved papers</dt>
          <dd data-testid="saved-count">{counts ? counts.saved : '…'}</dd>
        </div>
      </dl>
      {counts?.saved === 0 && <p class="message">{NOTHING_SAVED_MESSAGE}</p>}
      <ExportButtons db={db} disabled={!counts || counts.saved === 0} />
      <button type="button" class="button button-primary" data-testid="open-library" onClick={openLibrary}>
        Open library
      </button>
      <AllowSite />
    </main>
  );
}

function openLibrary(): void {
  const url = browser.runtime.getURL('/library.html');
  browser.tabs.create({ url }).catch((error: unknown) => log.error(`opening ${url} in a new tab failed`, error));
}
