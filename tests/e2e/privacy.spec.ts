import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, EXTENSION_PATH, REAL_PAGES } from './fixtures';
import { ADAPTERS, CONTENT_MATCHES } from '../../lib/sites';
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
}

/** Lists every saved page whose canonical link is a URL that an adapter claims; the test serves it at that URL. */
function realPages(): RealPage[] {
  const pages: RealPage[] = [];
  for (const adapter of ADAPTERS) {
    const folder = join(REAL_PAGES, adapter.site);
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.html'))) {
      const html = readFileSync(join(folder, file));
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html.toString('latin1'))?.[1]?.replace(/&amp;/g, '&');
      if (!canonical || !adapter.matches(new URL(canonical))) continue;
      pages.push({ name: `${adapter.site}/${file}`, url: canonical, html });
    }
  }
  return pages;
}

const PAGES = realPages();

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
      await expect(tab.locator('[data-scholar-lens]').first()).toBeAttached({ timeout: 15_000 });
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

test('options page turns a site off', async ({ context, extensionId }) => {
  const scholar = PAGES.find((page) => page.name.startsWith('google-scholar/'));
  test.skip(!scholar, `no saved Google Scholar page in ${REAL_PAGES}`);
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === scholar!.url) return route.fulfill({ status: 200, contentType: 'text/html', body: scholar!.html });
    if (url.startsWith('chrome-extension:')) return route.continue();
    return route.abort('blockedbyclient');
  });

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('privacy-promise')).toContainText('sends nothing anywhere');
  await options.getByTestId('site-google-scholar').uncheck();
  await expect(options.getByTestId('options-status')).toContainText('Saved');

  const tab = await context.newPage();
  const started = tab.waitForEvent('console', { predicate: (message) => message.text().includes('turned off'), timeout: 5_000 }).catch(() => null);
  await tab.goto(scholar!.url);
  await tab.waitForLoadState('load');
  await started;
  await tab.waitForTimeout(1_000);
  await expect(tab.locator('[data-scholar-lens]')).toHaveCount(0);

  await options.getByTestId('site-google-scholar').check();
  await tab.reload();
  await expect(tab.locator('[data-scholar-lens="row"]').first()).toBeAttached({ timeout: 15_000 });
});
