import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { rejectHtmlSinksPlugin } from './scripts/vite-plugins/reject-html-sinks';

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
