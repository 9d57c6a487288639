/**
 * Opens Chromium with the built extension loaded. A saved page is served at the address it was
 * saved from, and every other request is blocked, so the overlays can be seen offline. The address
 * is --url, else the one `scholar-lens parse` would read the page at (see `chooseSavedPageUrl`).
 * Without a display it runs headless, writes a screenshot and prints what the extension drew.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EmptyFile, loadPage, servableSavedPage } from '../lib/cli/load-page';
import { chooseSavedPageUrl } from '../lib/cli/saved-page-url';

const EXTENSION = resolve(import.meta.dirname, '../.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** How long a headless run waits for the extension to draw, in milliseconds. */
const DRAW_TIMEOUT = 15_000;
const ROW_OVERLAY = '[data-scholar-lens="row"]';
const PANEL = '[data-scholar-lens="panel"]';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: 'string' },
    screenshot: { type: 'string', default: 'scholar-lens-start.png' },
    'full-page': { type: 'boolean', default: false },
    headless: { type: 'boolean', default: !process.env.DISPLAY },
  },
});
const file = positionals[0];
const html = file ? servableSavedPage(readFileSync(file)) : null;
const choice = file ? chooseSavedPageUrl(await loadSavedPage(file), file, values.url) : null;
if (choice) console.log(`${file}\n  served at: ${choice.url ?? 'no address'}\n  because: ${choice.reason}`);
if (choice && !choice.url) process.exit(2);
const target = choice?.url ?? values.url ?? 'https://scholar.google.com/';

const profileDir = mkdtempSync(join(tmpdir(), 'scholar-lens-start-'));
const offline = html !== null;
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: CHROMIUM,
  headless: values.headless,
  viewport: { width: 1280, height: 900 },
  args: [
    `--disable-extensions-except=${EXTENSION}`,
    `--load-extension=${EXTENSION}`,
    '--no-first-run',
    '--no-sandbox',
    ...(offline ? ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1', '--disable-background-networking'] : []),
  ],
});
if (html) await serveSavedPage(context, target, html);

const page = await context.newPage();
await page.goto(target);
if (values.headless) {
  const started = Date.now();
  // Search results and other `results` pages get no profile panel, so only their overlays are awaited.
  if (choice?.kind !== 'results') await page.waitForSelector(PANEL, { timeout: DRAW_TIMEOUT }).catch(() => undefined);
  const rows = await settledOverlayCount(page, started + DRAW_TIMEOUT);
  const panel = await page.locator(PANEL).count();
  if (values['full-page']) await renderEveryOverlay(page);
  await page.screenshot({ path: values.screenshot, fullPage: values['full-page'] });
  console.log(`${target}\n  row overlays: ${rows}\n  profile panel: ${panel ? 'shown' : 'not shown'}\n  screenshot: ${values.screenshot}`);
  if (rows === 0) {
    console.log('  No overlays: the extension found no profile list at this address. Check that the page is a');
    console.log('  supported profile list and that --url names the address it was saved from.');
    process.exitCode = 2;
  }
  await context.close();
  rmSync(profileDir, { recursive: true, force: true });
} else {
  console.log(`Chromium is open on ${target}. Close the browser window to end.`);
  context.on('close', () => rmSync(profileDir, { recursive: true, force: true }));
}

/**
 * Returns the number of row overlays once it stops growing: the same non-zero count at two checks
 * 250 ms apart. At `deadline` (epoch milliseconds) it returns the count so far.
 */
async function settledOverlayCount(page: Page, deadline: number): Promise<number> {
  let last = -1;
  for (;;) {
    const count = await page.locator(ROW_OVERLAY).count();
    if ((count > 0 && count === last) || Date.now() >= deadline) return count;
    last = count;
    await page.waitForTimeout(250);
  }
}

/**
 * Makes the overlays out of view render for a full-page screenshot. Row hosts skip rendering out
 * of view (`content-visibility: auto` on their shadow root's `:host`), and an important page rule
 * outranks that rule. The two frames let Chromium lay them out and paint them.
 */
async function renderEveryOverlay(page: Page): Promise<void> {
  await page.addStyleTag({ content: 'scholar-lens-row { content-visibility: visible !important; }' });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

async function loadSavedPage(path: string): Promise<Document> {
  try {
    return await loadPage(path);
  } catch (error) {
    if (!(error instanceof EmptyFile)) throw error;
    console.error(error.message);
    process.exit(2);
  }
}

/** Serves the saved page for GET requests to the path of `url` and blocks every other request. */
async function serveSavedPage(context: BrowserContext, url: string, body: Buffer): Promise<void> {
  const { origin, pathname } = new URL(url);
  const contentType = /charset=iso-8859-1/i.test(body.toString('latin1', 0, 4096)) ? 'text/html; charset=iso-8859-1' : 'text/html; charset=utf-8';
  await context.route('**/*', (route) => {
    const requested = new URL(route.request().url());
    if (requested.origin === origin && requested.pathname === pathname && route.request().method() === 'GET') {
      return route.fulfill({ status: 200, contentType, body });
    }
    if (requested.hostname === '127.0.0.1' || requested.protocol === 'chrome-extension:') return route.continue();
    return route.abort('blockedbyclient');
  });
}

