import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { test, expect, EXTENSION_PATH, REAL_PAGES } from './fixtures';
import { ADAPTERS, CONTENT_MATCHES } from '../../lib/sites';
import { loadPage, servableSavedPage } from '../../lib/cli/load-page';
import { chooseSavedPageUrl } from '../../lib/cli/saved-page-url';
import { isPageOwnRequest } from '../helpers/page-requests';

/**
 * Permissions the extension may ask for, each with the feature that needs it. Adding a
 * permission means adding it here with its reason.
 */
const ALLOWED_PERMISSIONS: Record<string, string> = {
  storage: 'the options page keeps its settings in browser.storage.local',
  scripting: 'the popup injects the generic content script into a site the user allowed',
  activeTab: "the popup's Scan this site reads the current tab when the user presses it",
};

/** Hosts asked for one at a time when the user allows a site, never at install. */
const OPTIONAL_HOSTS = ['https://*/*', 'http://*/*'];

interface RealPage {
  name: string;
  url: string;
  html: Buffer;
  /** False for pages that only the generic detector reads, which this build does not run on. */
  drawn: boolean;
}

/**
 * Lists every saved page that `npm start` can serve: at its canonical link, or at the address its
 * markup names (see `chooseSavedPageUrl`). The test serves it there, as the start script does.
 */
async function realPages(): Promise<RealPage[]> {
  const pages: RealPage[] = [];
  if (!existsSync(REAL_PAGES)) return pages;
  for (const folder of readdirSync(REAL_PAGES, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    for (const file of readdirSync(join(REAL_PAGES, folder.name)).filter((name) => name.endsWith('.html'))) {
      const path = join(REAL_PAGES, folder.name, file);
      const choice = chooseSavedPageUrl(await loadPage(path), path);
      if (!choice.url) continue;
      const drawn = choice.site !== null && choice.site !== 'generic';
      pages.push({ name: `${folder.name}/${file}`, url: choice.url, html: servableSavedPage(readFileSync(path)), drawn });
    }
  }
  return pages;
}

const PAGES = await realPages();

test('manifest asks only for used permissions', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_PATH, 'manifest.json'), 'utf8'));
  for (const permission of manifest.permissions ?? []) {
    expect(ALLOWED_PERMISSIONS, `permission "${permission}" has no feature that needs it`).toHaveProperty(permission);
  }
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.optional_permissions ?? []).toEqual([]);
  for (const host of manifest.optional_host_permissions ?? []) expect(OPTIONAL_HOSTS).toContain(host);
  const supported = new Set(CONTENT_MATCHES);
  for (const script of manifest.content_scripts ?? []) {
    for (const pattern of script.matches) expect(supported.has(pattern), `content script pattern ${pattern}`).toBe(true);
  }
  for (const resource of manifest.web_accessible_resources ?? []) {
    for (const pattern of resource.matches ?? []) expect(supported.has(pattern), `web-accessible resource pattern ${pattern}`).toBe(true);
  }
});

test('each site has its own content script, listed for its own pages only', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_PATH, 'manifest.json'), 'utf8'));
  const scripts: { matches: string[]; js: string[] }[] = manifest.content_scripts ?? [];
  const bySite = Object.fromEntries(scripts.map((script) => [script.js.join(','), [...script.matches].sort()]));
  const expected = Object.fromEntries(
    ADAPTERS.map((adapter) => [`content-scripts/${adapter.site}.js`, [...adapter.matchPatterns].sort()]),
  );
  expect(bySite).toEqual(expected);
});

test.describe('no request leaves the browser', () => {
  test.skip(PAGES.length === 0, `no real saved pages in ${REAL_PAGES}`);

  for (const page of PAGES) {
    test(page.name, async ({ context, extensionId }) => {
      // Window messages reach the page's own listeners, so the extension must send none.
      await context.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { __windowMessages: string[] }).__windowMessages = seen;
        window.addEventListener('message', (event) => seen.push(JSON.stringify(event.data) ?? String(event.data)));
      });
      const savedHtml = page.html.toString('utf8');
      const pageOwn: string[] = [];
      const foreign: string[] = [];
      const seen = new Set<string>();
      context.on('request', (request) => seen.add(request.url()));
      await context.route('**/*', async (route) => {
        const url = route.request().url();
        if (url === page.url) return route.fulfill({ status: 200, contentType: 'text/html', body: page.html });
        if (url.startsWith('chrome-extension:') || url.startsWith('data:')) return route.continue();
        (isPageOwnRequest(url, savedHtml) ? pageOwn : foreign).push(url);
        return route.abort('blockedbyclient');
      });

      const tab = await context.newPage();
      await tab.goto(page.url);
      if (page.drawn) await expect(tab.locator('[data-scholar-lens]').first()).toBeAttached({ timeout: 15_000 });
      else await tab.waitForLoadState('load');
      // Requests the extension might send after drawing (storage, tagging) would come now.
      await tab.waitForTimeout(1_500);

      expect(foreign, `requests not asked for by the page itself (${pageOwn.length} page requests were aborted)`).toEqual([]);
      const unrouted = [...seen].filter((url) => !/^(chrome-extension|data|blob):/.test(url) && url !== page.url && !pageOwn.includes(url));
      expect(unrouted, 'requests that bypassed routing').toEqual([]);
      const messages = await tab.evaluate(() => (window as unknown as { __windowMessages: string[] }).__windowMessages);
      expect(messages.filter((data) => data.includes(extensionId)), 'window messages from the extension').toEqual([]);
    });
  }
});

/** Serves a saved Google Scholar page at its address and aborts every other request outside the extension. */
async function serveSavedScholarPage(context: BrowserContext): Promise<RealPage> {
  const scholar = PAGES.find((page) => page.name.startsWith('google-scholar/'));
  test.skip(!scholar, `no saved Google Scholar page in ${REAL_PAGES}`);
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === scholar!.url) return route.fulfill({ status: 200, contentType: 'text/html', body: scholar!.html });
    if (url.startsWith('chrome-extension:')) return route.continue();
    return route.abort('blockedbyclient');
  });
  return scholar!;
}

test('options page turns a site off', async ({ context, extensionId }) => {
  const scholar = await serveSavedScholarPage(context);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('privacy-promise')).toContainText('sends nothing anywhere');
  await options.getByTestId('site-google-scholar').uncheck();
  await expect(options.getByTestId('options-status')).toContainText('Saved');

  const tab = await context.newPage();
  const started = tab.waitForEvent('console', { predicate: (message) => message.text().includes('turned off'), timeout: 5_000 }).catch(() => null);
  await tab.goto(scholar.url);
  await tab.waitForLoadState('load');
  await started;
  await tab.waitForTimeout(1_000);
  await expect(tab.locator('[data-scholar-lens]')).toHaveCount(0);

  await options.getByTestId('site-google-scholar').check();
  await tab.reload();
  await expect(tab.locator('[data-scholar-lens="row"]').first()).toBeAttached({ timeout: 15_000 });
});

test('options page hides the overlays', async ({ context, extensionId }) => {
  const scholar = await serveSavedScholarPage(context);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('overlay-rowOverlays').uncheck();
  await options.getByTestId('overlay-profilePanel').uncheck();
  await expect(options.getByTestId('overlay-profilePanel')).not.toBeChecked();
  await expect(options.getByTestId('options-status')).toContainText('Saved');

  const tab = await context.newPage();
  await tab.goto(scholar.url);
  // The page is still read and its hosts are inserted, but none of them shows.
  await expect(tab.locator('[data-scholar-lens="row"]').first()).toBeAttached({ timeout: 15_000 });
  await expect(tab.locator('[data-scholar-lens="panel"]')).toBeAttached();
  await expect(tab.locator('[data-scholar-lens="row"]').first()).toBeHidden();
  await expect(tab.locator('[data-scholar-lens="panel"]')).toBeHidden();
});

test('an open page follows the options without a reload', async ({ context, extensionId }) => {
  const scholar = await serveSavedScholarPage(context);
  const tab = await context.newPage();
  await tab.goto(scholar.url);
  const firstRow = tab.locator('[data-scholar-lens="row"]').first();
  await expect(firstRow).toBeVisible({ timeout: 15_000 });

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('overlay-rowOverlays').uncheck();
  await expect(options.getByTestId('options-status')).toContainText('Open pages follow');
  await expect(firstRow).toBeHidden();
  await expect(tab.locator('[data-scholar-lens="panel"]')).toBeVisible();
  await options.getByTestId('overlay-rowOverlays').check();
  await expect(firstRow).toBeVisible();

  await options.getByTestId('site-google-scholar').uncheck();
  await expect(tab.locator('[data-scholar-lens]')).toHaveCount(0);
  await options.getByTestId('site-google-scholar').check();
  await expect(firstRow).toBeVisible({ timeout: 15_000 });
});
