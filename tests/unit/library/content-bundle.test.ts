import { build } from 'esbuild';
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

/**
 * Source files and packages that belong on extension pages only, never in the content script.
 * `lib/export/person.ts` is allowed, because it only splits personal names and name matching uses it.
 */
const PAGE_ONLY = [/^lib\/export\/(?!person\.ts$)/, /^lib\/import\//, /^lib\/search\//, /^components\/library\//, /node_modules\/(@citation-js|minisearch|dexie)\//];

/** Folders under `lib/sites` with a content script of their own. */
const SITES = readdirSync(resolve(ROOT, 'lib/sites'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(resolve(ROOT, 'lib/sites', entry.name, 'content.ts')))
  .map((entry) => entry.name);

describe('content script bundles', () => {
  it('exist for the four sites', () => {
    // The generic script, for sites the user allows, is an entry point of its own.
    expect(SITES.sort()).toEqual(['acl-anthology', 'arxiv', 'dblp', 'google-scholar']);
  });

  it.each([...SITES, 'generic'])('%s: no page-only or other-site code', async (site) => {
    const entry = site === 'generic' ? 'entrypoints/generic.content/index.ts' : `lib/sites/${site}/content.ts`;
    const result = await build({
      entryPoints: [resolve(ROOT, entry)],
      absWorkingDir: ROOT,
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'browser',
      jsx: 'automatic',
      jsxImportSource: 'preact',
      tsconfig: resolve(ROOT, 'tsconfig.json'),
      external: ['wxt', 'wxt/*', '#imports'],
      // Vite's `?inline` CSS imports are left out, because esbuild cannot load them.
      plugins: [{ name: 'inline-css', setup: (builder) => builder.onResolve({ filter: /\?inline$/ }, (args) => ({ path: args.path, external: true })) }],
      logLevel: 'silent',
    });

    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain('components/overlay/ProfilePanel.tsx');
    expect(inputs.filter((input) => PAGE_ONLY.some((pattern) => pattern.test(input)))).toEqual([]);
    const otherSites = inputs.filter((input) => /^lib\/sites\/[^/]+\//.test(input) && !input.startsWith(`lib/sites/${site}/`));
    expect(otherSites).toEqual([]);
  }, 30_000);
});
