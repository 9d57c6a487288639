import type { ErrorCode } from '../messaging/messages';

/** Maps a Dexie or IndexedDB error to a code and a message that tells the user what to do. */
export function describeStorageError(error: unknown): { code: ErrorCode; error: string } {
  const names = errorNames(error);
  if (names.includes('QuotaExceededError')) {
    return {
      code: 'storage-full',
      error: 'Scholar Lens could not save: the browser storage is full. Free disk space or delete saved papers, then try again. Nothing was written.',
    };
  }
  if (names.some((name) => ['InvalidStateError', 'MissingAPIError', 'SecurityError', 'OpenFailedError'].includes(name))) {
    return {
      code: 'storage-unavailable',
      error: 'Scholar Lens cannot store papers in this window because IndexedDB is unavailable (for example in a Firefox private window). Open the page in a normal window to save papers.',
    };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'internal', error: `Scholar Lens could not update its database: ${detail}` };
}

/** Names of the error and of the errors it wraps (Dexie keeps the original in `inner`). */
function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    const record = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof record.name === 'string') names.push(record.name);
    current = record.inner ?? record.cause;
  }
  return names;
}
