import { test as base, chromium, type BrowserContext, type Route, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { QUIET_FLAGS } from '../helpers/chromium-flags';
import { REAL_PAGES } from '../../scripts/shared-folder';

export { REAL_PAGES };

export const EXTENSION_PATH = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export type PageAnswer = (route: Route) => Promise<void> | void;

interface Fixtures {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Registers a handler for requests whose URL starts with `prefix`. */
  answer: (prefix: string, handler: PageAnswer) => void;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const profileDir = mkdtempSync(join(tmpdir(), 'scholar-lens-e2e-'));
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: !process.env.HEADED,
      acceptDownloads: true,
      args: [`--disable-extensions-except=${EXTENSION_PATH}`, `--load-extension=${EXTENSION_PATH}`, ...QUIET_FLAGS],
    });
    await use(context);
    await context.close();
    rmSync(profileDir, { recursive: true, force: true });
  },

  answer: async ({ context }, use) => {
    const handlers: [string, PageAnswer][] = [];
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      const handler = handlers.find(([prefix]) => url.startsWith(prefix));
      if (handler) return handler[1](route);
      const { hostname, protocol } = new URL(url);
      if (hostname === '127.0.0.1' || protocol === 'chrome-extension:') return route.continue();
      return route.abort('blockedbyclient');
    });
    await use((prefix, handler) => handlers.unshift([prefix, handler]));
  },

  serviceWorker: async ({ context }, use) => {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker');
    await use(worker);
  },

  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
});

export const expect = test.expect;

export function realPagePresent(site: string, file: string): boolean {
  return existsSync(join(REAL_PAGES, site, file));
}

export function readRealPage(site: string, file: string): Buffer {
  return readFileSync(join(REAL_PAGES, site, file));
}
