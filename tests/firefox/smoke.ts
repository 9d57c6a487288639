/**
 * Firefox smoke test. It installs the Firefox build as a temporary add-on in Debian's
 * firefox-esr, driven through WebDriver BiDi by puppeteer-core, and opens a real saved Scholar
 * profile at its canonical address. It checks the row overlays, the panel and the papers that
 * the background stored, read through the extension's popup page.
 *
 * Run with `npm run test:firefox` after `npm run build:firefox`. Exit code 0 on success, 1 on a
 * failed check, 2 when the saved page or the build is missing.
 */
import { existsSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve, join } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { isPageOwnRequest } from '../helpers/page-requests';
import { firefoxLaunchOptions, EXTENSION_UUID } from './launch';
import { REAL_PAGES } from '../../scripts/shared-folder';

/** Where each test runner leaves its counts for `scripts/test-summary.mjs`. */
const SUMMARY_DIR = resolve(import.meta.dirname, '../../.test-summary');
const ROOT = resolve(import.meta.dirname, '../..');
const BUILD = resolve(ROOT, '.output/firefox-mv2');
const SCHOLAR_PAGES = join(REAL_PAGES, 'google-scholar');
const PAGE_FILE = 'irshad-en-2026-20rows.html';
const PAGE_URL = 'https://scholar.google.com/citations?user=3aPgewgAAAAJ&hl=en&sortby=pubdate';
const EXPECTED_ROWS = 20;
const TIMEOUT_MS = 20_000;

const checks: { name: string; passed: boolean; detail: string }[] = [];

function check(name: string, passed: boolean, detail: string): void {
  checks.push({ name, passed, detail });
  console.log(`${passed ? 'ok  ' : 'FAIL'} ${name}: ${detail}`);
}

/**
 * Fulfils the profile URL with the saved page and aborts every other request, recording its URL,
 * so Firefox never reaches the network. Request interception runs in Firefox through BiDi `network.addIntercept`.
 */
async function serveSavedPage(page: Page, html: Buffer, outside: string[]): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    const url = request.url();
    if (url.startsWith('https://scholar.google.com/citations')) {
      void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      return;
    }
    if (url.startsWith('moz-extension:') || url.startsWith('data:') || url.startsWith('about:')) {
      void request.continue();
      return;
    }
    outside.push(url);
    void request.abort('blockedbyclient');
  });
}

/** Reads a count from the popup. The popup's navigation never reports completion, so it waits on the DOM. */
async function readPopupCount(browser: Browser, testId: string): Promise<string> {
  const popup = await browser.newPage();
  await popup.goto(`moz-extension://${EXTENSION_UUID}/popup.html`, { timeout: 2_000 }).catch(() => undefined);
  const handle = await popup.waitForFunction(
    (id) => {
      const text = document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '…';
      return text !== '…' && text;
    },
    { timeout: TIMEOUT_MS },
    testId,
  );
  return String(await handle.jsonValue());
}

async function run(): Promise<number> {
  const pagePath = resolve(SCHOLAR_PAGES, PAGE_FILE);
  if (!existsSync(pagePath)) {
    // As the real-page tests of Vitest and Playwright do, the smoke test is skipped and counted as skipped.
    console.log(`skipped: saved page ${pagePath} not found. Put the real pages in ../shared/fixtures/real next to the checkout, or name their shared folder in SCHOLAR_LENS_SHARED, to run it.`);
    writeSummary({ passed: 0, failed: 0, skipped: 1 });
    return 0;
  }
  if (!existsSync(resolve(BUILD, 'manifest.json'))) {
    console.error(`missing Firefox build in ${BUILD}: run npm run build:firefox first`);
    return 2;
  }

  const browser = await puppeteer.launch(firefoxLaunchOptions());
  try {
    const version = await browser.version();
    const addonId = await browser.installExtension(BUILD);
    console.log(`${version}, add-on ${addonId} installed from ${BUILD}`);

    const page = await browser.newPage();
    const outside: string[] = [];
    const html = readFileSync(pagePath);
    await serveSavedPage(page, html, outside);
    await page.goto(PAGE_URL, { waitUntil: 'load', timeout: TIMEOUT_MS });

    const overlays = await page
      .waitForFunction(
        (expected) => document.querySelectorAll('scholar-lens-row[data-scholar-lens="row"]').length >= expected && expected,
        { timeout: TIMEOUT_MS },
        EXPECTED_ROWS,
      )
      .then(() => page.$$eval('scholar-lens-row[data-scholar-lens="row"]', (hosts) => hosts.length))
      .catch(() => page.$$eval('scholar-lens-row[data-scholar-lens="row"]', (hosts) => hosts.length));
    check('row overlays', overlays === EXPECTED_ROWS, `${overlays} of ${EXPECTED_ROWS}`);

    const panelText = await page
      .waitForSelector('>>> [data-testid="paper-count"]', { timeout: TIMEOUT_MS })
      .then((handle) => handle?.evaluate((element) => element.textContent ?? ''))
      .catch(() => 'no panel');
    check('panel', panelText?.includes(`${EXPECTED_ROWS} papers`) ?? false, JSON.stringify(panelText));

    const saveEnabled = await page
      .waitForFunction(
        () => {
          const hosts = document.querySelectorAll('scholar-lens-row[data-scholar-lens="row"]');
          const last = hosts[hosts.length - 1];
          const button = last?.shadowRoot?.querySelector<HTMLButtonElement>('[data-testid="save-toggle"]');
          return button !== null && button !== undefined && !button.disabled && button.getAttribute('aria-disabled') !== 'true';
        },
        { timeout: TIMEOUT_MS },
      )
      .then(() => true)
      .catch(() => false);
    check('save toggles enabled after storing', saveEnabled, saveEnabled ? 'enabled' : 'still disabled');

    const stored = await readPopupCount(browser, 'stored-count').catch((error: unknown) => `error: ${String(error)}`);
    check('papers stored in the background', stored === String(EXPECTED_ROWS), `popup shows ${stored}`);

    // Requests for the page's own images and styles are aborted too; only the rest would be ours.
    const savedHtml = html.toString('utf8');
    const foreign = outside.filter((url) => !isPageOwnRequest(url, savedHtml));
    check('no request besides the page own', foreign.length === 0, `${outside.length} page requests aborted, others: ${foreign.join(', ') || 'none'}`);
  } finally {
    await browser.close();
  }

  const failed = checks.filter((entry) => !entry.passed).length;
  console.log(`${checks.length - failed} passed, ${failed} failed`);
  writeSummary({ passed: checks.length - failed, failed, skipped: 0 });
  return failed === 0 ? 0 : 1;
}

/** Writes the counts that scripts/test-summary.mjs adds to the other suites' counts. */
function writeSummary(counts: { passed: number; failed: number; skipped: number }): void {
  mkdirSync(SUMMARY_DIR, { recursive: true });
  writeFileSync(join(SUMMARY_DIR, 'firefox.json'), JSON.stringify(counts));
}

run().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('Firefox smoke test failed to run:', error);
    process.exit(1);
  },
);
