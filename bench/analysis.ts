import type { BrowserContext } from '@playwright/test';
import { resolve } from 'node:path';
import { loadPage } from '../lib/cli/load-page';
import { googleScholar } from '../lib/sites/google-scholar';
import type { PageRecord, Provenance } from '../lib/model';
import { sightingOf } from '../lib/sites/record';
import { median } from './measure';
import { REAL_PAGES } from '../scripts/shared-folder';

const EINSTEIN = resolve(REAL_PAGES, 'google-scholar/einstein-tbody-fragment-1114rows.html');

/** The records of one read of a page, and the sighting they share. */
export interface PageRead {
  records: PageRecord[];
  sighting: Provenance;
}

/** Parses the saved 1114-row Scholar profile as the extension does and returns its first `count` records. */
export async function realPapers(count: number): Promise<PageRead> {
  const doc = await loadPage(EINSTEIN);
  const page = googleScholar.detect(doc, new URL('https://scholar.google.com/citations?user=qc6CJjYAAAAJ&hl=en'));
  if (!page) throw new Error(`no Scholar rows found in ${EINSTEIN}`);
  const records = googleScholar.parse(doc, page).rows.flatMap((row) => (row.paper ? [row.paper] : []));
  return { records: records.slice(0, count), sighting: sightingOf(page, new Date().toISOString()) };
}

/**
 * Times collaborator groups plus merged-profile clustering for `read`'s papers: the `profile/analyze`
 * request sent from an extension page (the popup) to the background, round trip included.
 * One warm-up call, then the median of `repeats` calls, in milliseconds.
 */
export async function measureAnalysis(context: BrowserContext, read: PageRead, repeats: number): Promise<number> {
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const times = await page.evaluate(
    async ({ read, repeats }) => {
      const { chrome } = globalThis as unknown as {
        chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok?: boolean } | undefined> } };
      };
      const request = { type: 'profile/analyze', papers: read.records, sighting: read.sighting, owner: { name: 'Albert Einstein' } };
      const first = await chrome.runtime.sendMessage(request);
      if (!first?.ok) throw new Error(`profile/analyze failed: ${JSON.stringify(first).slice(0, 200)}`);
      const result: number[] = [];
      for (let i = 0; i < repeats; i++) {
        const started = performance.now();
        await chrome.runtime.sendMessage(request);
        result.push(performance.now() - started);
      }
      return result;
    },
    { read, repeats },
  );
  await page.close();
  return median(times);
}
