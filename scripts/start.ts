/**
 * Opens Chromium with the built extension loaded. A saved page is served at the address it was
 * saved from (its canonical link, or --url), and every other request is blocked, so the overlays
 * can be seen offline. Without a display it runs headless, writes a screenshot and prints what
 * the extension drew.
 */
import { chromium, type BrowserContext } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const EXTENSION = resolve(import.meta.dirname, '../.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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
const html = file ? wrapTableRows(readFileSync(file)) : null;
const target = values.url ?? (html ? canonicalOf(html.toString('latin1')) : null) ?? 'https://scholar.google.com/';

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
  await page.waitForSelector('[data-scholar-lens="panel"]', { timeout: 15_000 }).catch(() => undefined);
  await page.waitForTimeout(500);
  const rows = await page.locator('[data-scholar-lens="row"]').count();
  const panel = await page.locator('[data-scholar-lens="panel"]').count();
  await page.screenshot({ path: values.screenshot, fullPage: values["full-page"] });
  console.log(`${target}\n  row overlays: ${rows}\n  profile panel: ${panel ? 'shown' : 'not shown'}\n  screenshot: ${values.screenshot}`);
  if (rows === 0) {
    console.log('  No overlays: the extension found no profile list at this address. Check that the page is a');
    console.log('  supported profile list and that --url names the address it was saved from.');
    if (html && !values.url && !canonicalOf(html.toString('latin1'))) {
      console.log('  This saved page has no canonical link, so pass --url with the address it was saved from.');
    }
    process.exitCode = 2;
  }
  await context.close();
  rmSync(profileDir, { recursive: true, force: true });
} else {
  console.log(`Chromium is open on ${target}. Close the browser window to end.`);
  context.on('close', () => rmSync(profileDir, { recursive: true, force: true }));
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

/** Wraps a saved table body (rows copied out of a live page) in a table, the only place it renders. */
function wrapTableRows(body: Buffer): Buffer {
  const text = body.toString('utf8');
  if (!/^\s*<tr[\s>]/i.test(text)) return body;
  return Buffer.from(`<!doctype html><meta charset="utf-8"><table><tbody>${text}</tbody></table>`);
}

function canonicalOf(text: string): string | null {
  const href = /<link[^>]+rel=["']?canonical["']?[^>]*href=["']([^"']+)["']/i.exec(text)?.[1];
  return href ? href.replace(/&amp;/g, '&') : null;
}
