import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { ScholarLensDatabase } from '@/lib/db/database';
import { log } from '@/lib/log';

export const STORAGE_UNAVAILABLE_MESSAGE =
  'Scholar Lens cannot open its storage in this window because IndexedDB is unavailable (for example in a Firefox private window). Open Scholar Lens from a normal window to see your papers.';

export type OpenState = 'opening' | 'open' | 'failed';

export type QueryResult<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'failed'; message: string };

/**
 * Opens `db`, then runs `query` as a Dexie live query and returns its latest result. The query
 * runs again after each committed write to what it read. Dexie 3.2 and later also reports writes
 * from other same-origin contexts, such as the background service worker, through BroadcastChannel.
 * `deps` lists the query's inputs other than `db`, as with `useEffect`.
 */
export function useDatabaseQuery<T>(
  db: ScholarLensDatabase,
  query: () => Promise<T>,
  deps: unknown[],
): QueryResult<T> {
  const openState = useOpenDatabase(db);
  const live = useLiveQuery(query, [db, ...deps], openState === 'open');

  if (openState === 'failed') return { status: 'failed', message: STORAGE_UNAVAILABLE_MESSAGE };
  if (openState === 'opening') return { status: 'loading' };
  return live;
}

/** Opens `db` and reports whether it opened. A failure is logged with the database name. */
function useOpenDatabase(db: ScholarLensDatabase): OpenState {
  const [state, setState] = useState<OpenState>('opening');

  useEffect(() => {
    let active = true;
    setState('opening');
    db.open().then(
      () => {
        if (active) setState('open');
      },
      (error: unknown) => {
        log.error(`opening database ${db.name} failed`, error);
        if (active) setState('failed');
      },
    );
    return () => {
      active = false;
    };
  }, [db]);

  return state;
}

function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[], enabled: boolean): QueryResult<T> {
  const [result, setResult] = useState<QueryResult<T>>({ status: 'loading' });

  useEffect(() => {
    if (!enabled) return;
    const subscription = liveQuery(query).subscribe({
      next: (value) => setResult({ status: 'ready', value }),
      error: (error: unknown) => {
        log.error('live query failed', error);
        setResult({ status: 'failed', message: describeReadError(error) });
      },
    });
    return () => subscription.unsubscribe();
  }, [enabled, ...deps]);

  return result;
}

function describeReadError(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `Scholar Lens could not read its database: ${detail}. Close and reopen this page to try again.`;
}
