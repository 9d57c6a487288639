import type { Page } from '@playwright/test';

/**
 * In-page baselines. Each function runs inside the page through `page.evaluate`, so it is
 * plain DOM code with no imports, and returns milliseconds from `performance.now()`.
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
 * Puts `count` records shaped like stored papers, in one raw IndexedDB transaction, into a
 * store with the same indexes as the extension's `papers` table.
 */
export function rawIndexedDbPut(page: Page, count: number): Promise<number> {
  return page.evaluate(async (total) => {
    const name = `bench-raw-${Math.random()}`;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onupgradeneeded = () => {
        const store = request.result.createObjectStore('papers', { keyPath: 'id' });
        store.createIndex('keys', 'keys', { multiEntry: true });
        store.createIndex('profileKeys', 'profileKeys', { multiEntry: true });
        for (const field of ['saved', 'year', 'citations', 'addedAt']) store.createIndex(field, field);
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const titles = Array.from(document.querySelectorAll('a.gsc_a_at')).map((link) => link.textContent ?? '');
    const now = new Date().toISOString();
    const records = Array.from({ length: total }, (_, i) => ({
      id: `p-${i}`,
      title: titles[i % titles.length],
      authors: [{ name: 'A Einstein' }],
      authorsTruncated: false,
      venue: 'Annalen der Physik',
      year: 1905,
      citations: i,
      ids: { scholarArticle: `qc6CJjYAAAAJ:${i}` },
      links: [],
      codeLinks: [],
      topics: [],
      provenance: [{ site: 'google-scholar', profile: 'google-scholar:qc6CJjYAAAAJ', pageUrl: location.href, firstSeen: now, lastSeen: now }],
      keys: [`gs-article:qc6CJjYAAAAJ:${i}`, `title:${titles[i % titles.length]}|1905`],
      profileKeys: ['google-scholar:qc6CJjYAAAAJ'],
      saved: 0,
      savedAt: null,
      addedAt: now,
      updatedAt: now,
    }));
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
  }, count);
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
