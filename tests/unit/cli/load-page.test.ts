import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPage } from '../../../lib/cli/load-page';

const folder = mkdtempSync(join(tmpdir(), 'scholar-lens-load-page-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const ROW = '<tr class="gsc_a_tr"><td class="gsc_a_t"><a class="gsc_a_at" href="/citations?x">Reef fish</a></td></tr>';

async function rowsIn(html: string): Promise<number> {
  const file = join(folder, `page-${Math.random()}.html`);
  writeFileSync(file, html);
  const doc = await loadPage(file);
  return doc.querySelectorAll('tr.gsc_a_tr').length;
}

describe('loadPage', () => {
  it.each([
    ['rows alone', `${ROW}${ROW}`],
    ['a table body', `<tbody id="gsc_a_b">${ROW}${ROW}</tbody>`],
    ['a comment before the rows', `<!-- saved from a profile -->\n  ${ROW}${ROW}`],
    ['a comment before a table body', `<!-- rows 1-2 -->\n<tbody>${ROW}${ROW}</tbody>`],
    ['a whole page', `<!doctype html><html><body><table><tbody>${ROW}${ROW}</tbody></table></body></html>`],
  ])('keeps the rows of %s', async (_kind, html) => {
    expect(await rowsIn(html)).toBe(2);
  });
});
