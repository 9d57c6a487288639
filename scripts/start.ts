/**
 * Opens Chromium with the built extension loaded. A saved page is served at the address it was
 * saved from, and every other request is blocked, so the overlays can be seen offline. The address
 * is --url, else the one `scholar-lens parse` would read the page at (see `chooseSavedPageUrl`).
 * Without a display it runs headless, writes a screenshot and prints what the extension drew.
 * A page that only the generic detector reads is opened with a build of its own that is granted
 * the page's host at install, because the release build requests that permission in a prompt.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { NotAPage, loadPage, servableSavedPage } from '../lib/cli/load-page';
import { describeReadError } from '../lib/cli/errors';
import { chooseSavedPageUrl } from '../lib/cli/saved-page-url';
import { explainNoOverlays, planStart, screenshotScrollTop, type VerticalExtent } from '../lib/cli/start-plan';

const ROOT = resolve(import.meta.dirname, '..');
const EXTENSION = resolve(ROOT, '.output/chrome-mv3');
/** Output folder of the build that is granted a generic page's host at install. */
const GRANTED_BUILD_DIR = '.output-start';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The browser window's page area, in CSS pixels, and so the size of a screenshot without --full-page. */
const VIEWPORT = { width: 1280, height: 900 };
/** How long a headless run waits for the extension to draw, in milliseconds. */
const DRAW_TIMEOUT = 15_000;
/** How long a headless run waits, once the overlays are drawn, for the panel's first analysis, in milliseconds. */
const ANALYSIS_TIMEOUT = 10_000;
const ROW_OVERLAY = '[data-scholar-lens="row"]';
const PANEL = '[data-scholar-lens="panel"]';
/** The panel once its sections have finished their first analysis; see `data-busy` in ProfilePanel. */
const PANEL_READY = `${PANEL} [data-testid="profile-panel"]:not([data-busy])`;
/** Id of the generic content script registration this script makes; the background leaves it alone. */
const GENERIC_SCRIPT_ID = 'scholar-lens-start';

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
const html = file ? servableSavedPage(readSavedFile(file)) : null;
buildExtension();
const choice = file ? chooseSavedPageUrl(await loadSavedPage(file), file, values.url) : null;
if (choice) console.log(`${file}\n  served at: ${choice.url ?? 'no address'}\n  because: ${choice.reason}`);
if (choice && !choice.url) process.exit(2);
const target = choice?.url ?? values.url ?? 'https://scholar.google.com/';
const plan = planStart(choice);
const extension = plan.grantedHost ? buildGrantingHost(plan.grantedHost) : EXTENSION;

const profileDir = mkdtempSync(join(tmpdir(), 'scholar-lens-start-'));
const offline = html !== null;
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: CHROMIUM,
  headless: values.headless,
  viewport: VIEWPORT,
  args: [
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--no-first-run',
    '--no-sandbox',
    ...(offline ? ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1', '--disable-background-networking'] : []),
  ],
});
if (html) await serveSavedPage(context, target, html);
if (plan.grantedHost) await registerGenericScript(context, plan.grantedHost);

const page = await context.newPage();
if (values.headless) {
  // The generic content script logs whether it found a list, which explains a page without overlays.
  page.on('console', (message) => {
    if (message.text().startsWith('[Scholar Lens] generic:')) console.log(`  console: ${message.text()}`);
  });
}
await page.goto(target);
if (values.headless) {
  const started = Date.now();
  // Search results and other `results` pages get no profile panel, so only their overlays are awaited.
  if (plan.expectPanel) await page.waitForSelector(PANEL, { timeout: DRAW_TIMEOUT }).catch(() => undefined);
  const rows = await settledOverlayCount(page, started + DRAW_TIMEOUT);
  const panel = await page.locator(PANEL).count();
  const analysis = panel ? await panelAnalysisState(page) : null;
  if (values['full-page']) await renderEveryOverlay(page);
  const scrolled = values['full-page'] ? 0 : await scrollToOverlays(page);
  await page.screenshot({ path: values.screenshot, fullPage: values['full-page'] });
  const shot = scrolled > 0 ? `${values.screenshot} (scrolled down ${scrolled} px to ${await shownOverlays(page)})` : values.screenshot;
  console.log(`${target}\n  row overlays: ${rows}\n  profile panel: ${panel ? `shown, ${analysis}` : 'not shown'}\n  screenshot: ${shot}`);
  if (rows === 0) {
    for (const line of explainNoOverlays(target, choice, plan)) console.log(`  ${line}`);
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
 * Waits up to `ANALYSIS_TIMEOUT` for the panel to finish its first analysis, so the screenshot
 * shows the co-author summary rather than its placeholder. Returns the state for the report.
 */
async function panelAnalysisState(page: Page): Promise<string> {
  const started = Date.now();
  try {
    await page.waitForSelector(PANEL_READY, { timeout: ANALYSIS_TIMEOUT });
    return `analysis finished after ${((Date.now() - started) / 1000).toFixed(1)} s`;
  } catch {
    return `analysis still running after ${ANALYSIS_TIMEOUT / 1000} s, shown in progress`;
  }
}

/**
 * Scrolls a page whose panel or first row overlay is below the first viewport so that the
 * viewport screenshot shows them (see `screenshotScrollTop`). Returns the scroll offset in CSS
 * pixels, 0 when the page stays at its top.
 */
async function scrollToOverlays(page: Page): Promise<number> {
  const [panel = null, firstRow = null] = await page.evaluate(
    (selectors) =>
      selectors.map((selector): VerticalExtent | null => {
        const box = document.querySelector(selector)?.getBoundingClientRect();
        return box ? { top: box.top + window.scrollY, bottom: box.bottom + window.scrollY } : null;
      }),
    [PANEL, ROW_OVERLAY],
  );
  const top = screenshotScrollTop({ panel, firstRow }, VIEWPORT.height);
  if (top === 0) return 0;
  // Row overlays out of view skip rendering until they enter it, so two frames let Chromium paint them.
  return page.evaluate(
    (y) =>
      new Promise<number>((done) => {
        window.scrollTo(0, y);
        requestAnimationFrame(() => requestAnimationFrame(() => done(Math.round(window.scrollY))));
      }),
    top,
  );
}

/** Names what the scrolled viewport shows: the panel and row overlays, or only one of them. */
async function shownOverlays(page: Page): Promise<string> {
  const [panelInView, rowInView] = await page.evaluate(
    (selectors) =>
      selectors.map((selector) => {
        const box = document.querySelector(selector)?.getBoundingClientRect();
        return box !== undefined && box.bottom > 0 && box.top < window.innerHeight;
      }),
    [PANEL, ROW_OVERLAY],
  );
  if (panelInView && !rowInView) return 'the profile panel; the row overlays are further down';
  if (rowInView && !panelInView) return 'the row overlays';
  return 'the overlays';
}

/**
 * Builds the extension with `pattern` granted at install into `GRANTED_BUILD_DIR`, the way the
 * end-to-end tests build theirs, and returns the Chrome build's folder. Exits when the build fails.
 */
/** Reads the saved page, or prints why it cannot and exits, before the extension is built. */
function readSavedFile(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    console.error(`npm start: ${describeReadError(path, error, 'a saved HTML page')}`);
    // The same exit code as the command-line tool's for a file it cannot read.
    process.exit(1);
  }
}

/** Builds the release extension into `.output/`, printing the build's own output. */
function buildExtension(): void {
  const build = spawnSync(resolve(ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error(`npm start: building the extension failed (exit ${build.status ?? build.signal}); see the build output above`);
    process.exit(1);
  }
}

function buildGrantingHost(pattern: string): string {
  console.log(`  generic page: building the extension with ${pattern} granted at install, in ${GRANTED_BUILD_DIR}/`);
  const wxt = resolve(ROOT, 'node_modules/.bin/wxt');
  const env = { ...process.env, SCHOLAR_LENS_TEST_HOSTS: pattern, SCHOLAR_LENS_TEST_OUT_DIR: GRANTED_BUILD_DIR };
  const build = spawnSync(wxt, ['build'], { cwd: ROOT, env, encoding: 'utf8' });
  if (build.status !== 0) {
    console.error(`${build.stdout}${build.stderr}\nbuilding the extension with ${pattern} granted failed (exit ${build.status ?? build.signal})`);
    process.exit(1);
  }
  return resolve(ROOT, GRANTED_BUILD_DIR, 'chrome-mv3');
}

/**
 * Registers the generic content script for `pattern` from the service worker, as the background
 * does after the user allows a site in the popup. The background registers only hosts the popup
 * granted, not hosts granted at install.
 */
async function registerGenericScript(context: BrowserContext, pattern: string): Promise<void> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(
    async ({ id, matches }) => {
      const { chrome } = globalThis as unknown as { chrome: { scripting: { registerContentScripts(scripts: object[]): Promise<void> } } };
      await chrome.scripting.registerContentScripts([{ id, matches, js: ['content-scripts/generic.js'], runAt: 'document_idle' }]);
    },
    { id: GENERIC_SCRIPT_ID, matches: [pattern] },
  );
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
    if (!(error instanceof NotAPage)) throw error;
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

