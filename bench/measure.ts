import type { Page, Worker } from '@playwright/test';

/**
 * Baselines. Each function runs inside the page (`page.evaluate`) or the extension's service worker
 * (`worker.evaluate`). So it is plain DOM code with no imports, and it returns milliseconds from `performance.now()`.
 */

/** Measures the page's own cost for the same rows: parsing their HTML into a table body and laying it out. */
export function pageBuild(page: Page, rowsHtml: string): Promise<number> {
  return page.evaluate((html) => {
    const table = document.getElementById('gsc_a_t')!;
    const started = performance.now();
    const body = document.createElement('tbody');
    // Bench only: the saved rows are the page's own markup, rebuilt as the page would.
    body.innerHTML = html;
    table.append(body);
    void body.offsetHeight;
    const elapsed = performance.now() - started;
    body.remove();
    return elapsed;
  }, rowsHtml);
}

/** Plain createElement of the overlay's nodes (three tags and a button) in every row, no layout. */
export function plainOverlays(page: Page): Promise<number> {
  return page.evaluate(() => {
    const cells = Array.from(document.querySelectorAll('#gsc_a_b > tr.gsc_a_tr td.gsc_a_t'));
    const started = performance.now();
    const boxes: Element[] = [];
    for (const cell of cells) {
      const box = document.createElement('div');
      for (const label of ['Physics', 'Relativity', 'Optics']) {
        const tag = document.createElement('span');
        tag.textContent = label;
        box.append(tag);
      }
      const button = document.createElement('button');
      button.textContent = 'Save';
      box.append(button);
      cell.append(box);
      boxes.push(box);
    }
    const elapsed = performance.now() - started;
    for (const box of boxes) box.remove();
    return elapsed;
  });
}

/**
 * Puts `count` of the papers the extension stored, read back from its database, into a fresh
 * database with the same indexes as its `papers` table, in one raw IndexedDB transaction. It runs
 * in the extension's service worker, where the extension's own writes run, and the timing covers
 * the transaction only.
 */
export async function rawIndexedDbPut(worker: Worker, databaseName: string, count: number): Promise<number> {
  // tsx compiles with esbuild's keepNames, which wraps named functions in a `__name` helper that the worker lacks.
  await worker.evaluate('globalThis.__name ??= (target) => target');
  return worker.evaluate(
    async ({ source, total }) => {
      const open = (name: string, create: boolean) =>
        new Promise<IDBDatabase>((resolve, reject) => {
          const request = create ? indexedDB.open(name, 1) : indexedDB.open(name);
          request.onupgradeneeded = () => {
            if (!create) return;
            const store = request.result.createObjectStore('papers', { keyPath: 'id' });
            store.createIndex('keys', 'keys', { multiEntry: true });
            store.createIndex('profileKeys', 'profileKeys', { multiEntry: true });
            for (const field of ['saved', 'year', 'citations', 'addedAt']) store.createIndex(field, field);
          };
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      const stored = await open(source, false);
      const records = await new Promise<unknown[]>((resolve, reject) => {
        const request = stored.transaction('papers').objectStore('papers').getAll(undefined, total);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      stored.close();
      if (records.length < total) throw new Error(`expected at least ${total} stored papers in ${source}, found ${records.length}: the page load stored too few`);

      const name = `bench-raw-${Math.random()}`;
      const db = await open(name, true);
      const started = performance.now();
      await new Promise<void>((resolve, reject) => {
        const transaction = db.transaction('papers', 'readwrite');
        const store = transaction.objectStore('papers');
        for (const record of records) store.put(record);
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
      });
      const elapsed = performance.now() - started;
      db.close();
      indexedDB.deleteDatabase(name);
      return elapsed;
    },
    { source: databaseName, total: count },
  );
}

/** Evaluates `code` as an inline script (wrapped so a missing extension API cannot throw). */
export function evaluateScript(page: Page, code: string): Promise<number> {
  return page.evaluate((source) => {
    const script = document.createElement('script');
    script.textContent = `try{${source}\n}catch(error){}`;
    const started = performance.now();
    document.head.append(script);
    return performance.now() - started;
  }, code);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
