import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadPage } from '../../lib/cli/load-page';
import { REAL_PAGES } from '../../scripts/shared-folder';

/** Folder of real saved pages, absent in a fresh clone (see scripts/shared-folder.ts). */
export { REAL_PAGES };

/** A fixture written for these tests, under tests/fixtures. */
export function fixturePath(...parts: string[]): string {
  return resolve(import.meta.dirname, '../fixtures', ...parts);
}

export function realPagesPresent(site: string): boolean {
  return existsSync(resolve(REAL_PAGES, site));
}

/** Says that a suite of real pages is skipped, and how to point it at them. */
export function warnRealPagesAbsent(suite: string, site: string): void {
  console.warn(
    `${suite} skipped: ${REAL_PAGES}/${site} is absent; set SCHOLAR_LENS_SHARED to the folder that holds fixtures/real`,
  );
}

export async function loadFixture(...parts: string[]): Promise<Document> {
  return loadPage(fixturePath(...parts));
}

export async function loadRealPage(site: string, file: string): Promise<Document> {
  return loadPage(resolve(REAL_PAGES, site, file));
}

/** Parses an HTML string the way the CLI does, without a file. */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
