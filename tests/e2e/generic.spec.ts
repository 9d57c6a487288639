import { test as base, chromium, type BrowserContext, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { QUIET_FLAGS } from '../helpers/chromium-flags';
import { REAL_PAGES } from './fixtures';

/**
 * Runs the generic content script on real homepages. The release build requests a site's permission
 * only when the user allows it, through a prompt a headless browser cannot accept, so these tests load the
 * build made with SCHOLAR_LENS_TEST_HOSTS (hosts granted at install) and register the script
 * from the background, as the background does after a grant.
 */
const TEST_BUILD = resolve(import.meta.dirname, '../../.output-test-hosts/chrome-mv3');
const EXPECTED = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../fixtures/generic/homepages.expected.json'), 'utf8'),
) as { pages: { file: string; entries: unknown[] }[] };
const NEGATIVES = resolve(import.meta.dirname, '../fixtures/generic/negative');

/** Addresses the saved homepages came from. */
const HOMEPAGES: Record<string, string> = {
  'alfolio-holden-lab-warwick-2026-38pubs.html': 'https://holdenlab.github.io/publications/',
  'alfolio-yue-wu-2024-16pubs.html': 'https://www.yuewu.ml/publications/',
  'mkdocs-ai4eps-weiqiang-zhu-2022-plain-list.html': 'https://ai4eps.github.io/publication/',
};
const NEWS_ORIGIN = 'https://news.example';
const ROW_OVERLAY = 'scholar-lens-row[data-scholar-lens="row"]';

const test = base.extend<{ context: BrowserContext; serviceWorker: Worker }>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const profileDir = mkdtempSync(join(tmpdir(), 'scholar-lens-generic-'));
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: !process.env.HEADED,
      args: [`--disable-extensions-except=${TEST_BUILD}`, `--load-extension=${TEST_BUILD}`, ...QUIET_FLAGS],
    });
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      const saved = Object.entries(HOMEPAGES).find(([, address]) => address === url.href);
      if (saved) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(join(REAL_PAGES, 'homepages', saved[0])) });
      if (url.origin === NEWS_ORIGIN) {
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(join(NEGATIVES, url.pathname.slice(1))) });
      }
      if (url.protocol === 'chrome-extension:') return route.continue();
      return route.abort('blockedbyclient');
    });
    await use(context);
    await context.close();
    rmSync(profileDir, { recursive: true, force: true });
  },
  serviceWorker: async ({ context }, use) => {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker');
    await worker.evaluate(async (matches) => {
      const { chrome } = globalThis as unknown as {
        chrome: { scripting: { registerContentScripts(scripts: object[]): Promise<void> } };
      };
      await chrome.scripting.registerContentScripts([
        { id: 'generic-test', matches, js: ['content-scripts/generic.js'], runAt: 'document_idle' },
      ]);
    }, [...Object.values(HOMEPAGES).map((address) => `${new URL(address).origin}/*`), `${NEWS_ORIGIN}/*`]);
    await use(worker);
  },
});
const expect = test.expect;

test.skip(!existsSync(TEST_BUILD), 'the test-hosts build is missing; run npm run test:e2e');
test.skip(!existsSync(join(REAL_PAGES, 'homepages')), 'real homepages are absent');

for (const { file, entries } of EXPECTED.pages) {
  test(`overlays every publication on ${file}`, async ({ context, serviceWorker }) => {
    expect(serviceWorker.url()).toContain('background');
    const page = await context.newPage();
    await page.goto(HOMEPAGES[file]!);
    await expect(page.locator(ROW_OVERLAY)).toHaveCount(entries.length, { timeout: 15_000 });
  });
}

test('draws nothing on pages without publications', async ({ context, serviceWorker }) => {
  expect(serviceWorker.url()).toContain('background');
  for (const file of readdirSync(NEGATIVES).filter((name) => name.endsWith('.html'))) {
    const page = await context.newPage();
    await page.goto(`${NEWS_ORIGIN}/${file}`);
    await page.waitForLoadState('load');
    await page.waitForTimeout(300);
    await expect(page.locator('[data-scholar-lens]'), file).toHaveCount(0);
    await page.close();
  }
});
