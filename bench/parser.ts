import type { Page } from '@playwright/test';
import { build } from 'esbuild';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

/** Global name under which the bench bundle puts the Scholar adapter in the page's main world. */
const ADAPTER_GLOBAL = '__scholarLensBenchAdapter';

/**
 * Bundles the Scholar adapter, the code the content script reads rows with, as a script that
 * exposes it on `window`, so that the bench can run it in the page next to the minimal walk.
 */
export async function scholarAdapterScript(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { googleScholar } from './lib/sites/google-scholar';\nwindow.${ADAPTER_GLOBAL} = googleScholar;`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0]!.text;
}

export interface ParserTimes {
  /** Median milliseconds of the adapter reading every row: outline, then each row element. */
  parse: number;
  /** Median milliseconds of the minimal walk over the same rows. */
  walk: number;
}

/**
 * Runs the adapter and the minimal walk in turn, `repeats` times each after one warm-up run of
 * both, and returns their medians. The walk reads the same fields with `querySelector` and
 * `textContent` and builds no record. Each timed run reads the list as many times as it takes to
 * read about 2000 rows, because the page's clock counts in steps of 0.1 ms.
 */
export async function parserTimes(page: Page, adapterScript: string, repeats: number): Promise<ParserTimes> {
  await page.addScriptTag({ content: adapterScript });
  return page.evaluate(
    ({ name, repeats }) => {
      type Adapter = {
        detect(doc: Document, url: URL): unknown;
        outline(doc: Document, page: unknown): { rows: Element[] };
        rows(root: ParentNode, page: unknown): unknown[];
      };
      const adapter = (window as unknown as Record<string, Adapter>)[name]!;
      const listPage = adapter.detect(document, new URL(location.href));
      if (!listPage) throw new Error(`the Scholar adapter did not recognise ${location.href}`);
      const sink: unknown[] = [];
      const loops = Math.max(1, Math.round(2000 / document.querySelectorAll('#gsc_a_b > tr.gsc_a_tr').length));
      const timed = (read: () => void) => {
        const started = performance.now();
        for (let i = 0; i < loops; i++) read();
        return (performance.now() - started) / loops;
      };
      const parse = () =>
        timed(() => {
          for (const row of adapter.outline(document, listPage).rows) sink.push(adapter.rows(row, listPage));
        });
      const walk = () =>
        timed(() => {
          for (const row of Array.from(document.querySelectorAll('#gsc_a_b > tr.gsc_a_tr'))) {
            const link = row.querySelector('a.gsc_a_at');
            const gray = row.querySelectorAll('td.gsc_a_t > div.gs_gray');
            sink.push({
              title: link?.textContent ?? '',
              href: link?.getAttribute('href') ?? link?.getAttribute('data-href'),
              authors: gray[0]?.textContent ?? '',
              venue: gray[1]?.textContent ?? '',
              citations: row.querySelector('td.gsc_a_c a.gsc_a_ac')?.textContent ?? '',
              year: row.querySelector('td.gsc_a_y span.gsc_a_h')?.textContent ?? '',
            });
          }
        });
      const median = (values: number[]) => {
        const sorted = [...values].sort((a, b) => a - b);
        const middle = Math.floor(sorted.length / 2);
        return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
      };
      parse();
      walk();
      const parses: number[] = [];
      const walks: number[] = [];
      for (let i = 0; i < repeats; i++) {
        parses.push(parse());
        sink.length = 0;
        walks.push(walk());
        sink.length = 0;
      }
      return { parse: median(parses), walk: median(walks) };
    },
    { name: ADAPTER_GLOBAL, repeats },
  );
}
