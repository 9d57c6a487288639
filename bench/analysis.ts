import type { BrowserContext } from '@playwright/test';
import { resolve } from 'node:path';
import { loadPage } from '../lib/cli/load-page';
import { googleScholar } from '../lib/sites/google-scholar';
import type { Paper } from '../lib/model';
import { median } from './measure';

const EINSTEIN = resolve(import.meta.dirname, '../../shared/fixtures/real/google-scholar/einstein-tbody-fragment-1114rows.html');

/** Parses the saved 1114-row Scholar profile as the extension does and returns its first `count` papers. */
export async function realPapers(count: number): Promise<Paper[]> {
  const doc = await loadPage(EINSTEIN);
  const page = googleScholar.detect(doc, new URL('https://scholar.google.com/citations?user=qc6CJjYAAAAJ&hl=en'));
  if (!page) throw new Error(`no Scholar rows found in ${EINSTEIN}`);
  const papers = googleScholar.parse(doc, page, new Date().toISOString()).rows.flatMap((row) => (row.paper ? [row.paper] : []));
  return papers.slice(0, count);
}

/**
 * Times collaborator groups plus merged-profile clustering for `papers`: the `profile/analyze`
 * request sent from an extension page (the popup) to the background, round trip included.
 * One warm-up call, then the median of `repeats` calls, in milliseconds.
 */
export async function measureAnalysis(context: BrowserContext, papers: Paper[], repeats: number): Promise<number> {
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const times = await page.evaluate(
    async ({ papers, repeats }) => {
      const { chrome } = globalThis as unknown as {
        chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok?: boolean } | undefined> } };
      };
      const request = { type: 'profile/analyze', papers, owner: { name: 'Albert Einstein' } };
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
    { papers, repeats },
  );
  await page.close();
  return median(times);
}
