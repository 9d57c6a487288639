import { join, resolve } from 'node:path';

/**
 * The folder with the saved real pages (`fixtures/real`) and the labelled arXiv records
 * (`data/arxiv-labelled`), which are not part of the project: `SCHOLAR_LENS_SHARED` when it is
 * set, else `shared` in the folder that contains the checkout.
 */
export const SHARED_FOLDER = resolve(process.env.SCHOLAR_LENS_SHARED || resolve(import.meta.dirname, '../../shared'));

/** The saved real pages, one folder per site. */
export const REAL_PAGES = join(SHARED_FOLDER, 'fixtures', 'real');
