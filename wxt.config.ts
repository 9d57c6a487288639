import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { rejectHtmlSinksPlugin } from './scripts/vite-plugins/reject-html-sinks';

const SITES_DIR = resolve(import.meta.dirname, 'lib/sites');

/**
 * Lists the content script in each site's folder under `lib/sites` (`content.ts`), built as
 * `content-scripts/<site>.js`, so a page loads only the adapter of its own site.
 */
function siteContentScripts() {
  return readdirSync(SITES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(resolve(SITES_DIR, entry.name, 'content.ts')))
    .map((entry) => ({
      name: entry.name,
      inputPath: resolve(SITES_DIR, entry.name, 'content.ts'),
      type: 'content-script' as const,
    }));
}

/**
 * Test builds only: hosts granted at install, so an end-to-end test or `npm start` can run the
 * generic content script without the permission prompt, which a scripted browser cannot accept.
 * Such a build goes to its own folder (`SCHOLAR_LENS_TEST_OUT_DIR`, else `.output-test-hosts`) so
 * it never mixes with the release build.
 */
const testHosts = process.env.SCHOLAR_LENS_TEST_HOSTS?.split(',').filter(Boolean) ?? [];
const testOutDir = process.env.SCHOLAR_LENS_TEST_OUT_DIR || '.output-test-hosts';

export default defineConfig({
  vite: () => ({ plugins: [preact(), rejectHtmlSinksPlugin()] }),
  hooks: {
    'entrypoints:found': (_wxt, infos) => {
      infos.push(...siteContentScripts());
    },
  },
  ...(testHosts.length > 0 && { outDir: testOutDir }),
  zip: { excludeSources: ['test-results/**', 'playwright-report/**'] },
  manifest: ({ browser }) => ({
    name: 'Scholar Lens',
    description:
      'Reads researcher profiles: topic tags, code badges, collaboration summary and exports. Works offline.',
    // storage: the options page's settings in browser.storage.local. Papers live in IndexedDB, which needs no permission.
    // scripting and activeTab: the popup's "Scan this site" control reads the tab's address and
    // injects the generic content script; the background registers it for each allowed site.
    permissions: ['storage', 'scripting', 'activeTab'],
    // Asked per site at the moment of use, never at install.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    ...(testHosts.length > 0 && { host_permissions: testHosts }),
    // Firefox builds Manifest V2, which lists optional hosts among optional_permissions.
    ...(browser === 'firefox' && { optional_permissions: ['https://*/*', 'http://*/*'] }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'scholar-lens@scholar-lens.dev',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
