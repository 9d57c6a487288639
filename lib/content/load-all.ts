import type { LoadMoreControl } from '../sites/types';

export type LoadAllOutcome =
  | { status: 'complete'; rows: number }
  | { status: 'blocked'; rows: number }
  | { status: 'timed-out'; rows: number }
  | { status: 'cancelled'; rows: number };

export interface LoadAllOptions {
  /** Minimum time between two clicks, in milliseconds. */
  minInterval?: number;
  /** How long one click may take to bring rows, in milliseconds. */
  timeout?: number;
  signal?: AbortSignal;
  onProgress?: (rows: number) => void;
}

/**
 * Clicks the site's own "show more" button until it is disabled, at most once per
 * `minInterval`. Stops on a CAPTCHA or error box, when a click brings no rows in time, or on abort.
 * It never requests pages itself: the page's own script does the loading.
 */
export async function loadAllRows(
  doc: Document,
  control: LoadMoreControl,
  container: Element,
  countRows: () => number,
  options: LoadAllOptions = {},
): Promise<LoadAllOutcome> {
  const { minInterval = 1000, timeout = 30_000, signal, onProgress } = options;
  for (;;) {
    const rows = countRows();
    if (signal?.aborted) return { status: 'cancelled', rows };
    if (control.blocked(doc)) return { status: 'blocked', rows };
    const button = control.button(doc);
    if (!button) return { status: 'complete', rows };

    const clickedAt = performance.now();
    button.click();
    const result = await waitForChange(doc, container, () => countRows() > rows || control.blocked(doc), timeout, signal);
    onProgress?.(countRows());
    if (result === 'aborted') return { status: 'cancelled', rows: countRows() };
    if (control.blocked(doc)) return { status: 'blocked', rows: countRows() };
    if (result === 'timed-out') return { status: 'timed-out', rows: countRows() };
    await delay(Math.max(0, minInterval - (performance.now() - clickedAt)), signal);
  }
}

/** Resolves when `done()` returns true after a DOM change, when `timeout` ms pass, or on abort. */
function waitForChange(
  doc: Document,
  container: Element,
  done: () => boolean,
  timeout: number,
  signal?: AbortSignal,
): Promise<'changed' | 'timed-out' | 'aborted'> {
  return new Promise((resolve) => {
    const finish = (result: 'changed' | 'timed-out' | 'aborted') => {
      rowObserver.disconnect();
      errorObserver.disconnect();
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const onAbort = () => finish('aborted');
    const check = () => {
      if (done()) finish('changed');
    };
    const rowObserver = new MutationObserver(check);
    const errorObserver = new MutationObserver(check);
    rowObserver.observe(container, { childList: true });
    errorObserver.observe(doc.body, { subtree: true, attributes: true, attributeFilter: ['class'] });
    const timer = setTimeout(() => finish(done() ? 'changed' : 'timed-out'), timeout);
    signal?.addEventListener('abort', onAbort);
    if (done()) finish('changed');
  });
}

function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
