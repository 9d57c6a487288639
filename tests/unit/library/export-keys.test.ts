import { afterEach, describe, expect, it } from 'vitest';
import { exportRecords, libraryCitationKeys } from '../../../components/library/exportRecords';
import { upsertPapers } from '../../../lib/db/papers';
import { scholarPaper } from '../../helpers/papers';
import { deleteTestDatabases, freshDatabase } from '../../helpers/database';

afterEach(deleteTestDatabases);

const NOW = '2026-03-01T00:00:00.000Z';
const halvorsenBrandt = [{ name: 'Mira Halvorsen' }, { name: 'Otto Brandt' }];
const papers = [
  scholarPaper({ title: 'Adaptive tiling for panoramic video', year: 2016, authors: halvorsenBrandt, ids: { scholarArticle: 'QQQQ:P7' } }),
  scholarPaper({ title: 'Adaptive tiling from saliency maps', year: 2016, authors: halvorsenBrandt, ids: { scholarArticle: 'QQQQ:P8' } }),
  scholarPaper({ title: 'Low-latency tile prefetching', year: 2016, authors: [{ name: 'Kai Halvorsen' }], ids: { scholarArticle: 'QQQQ:P9' } }),
];

const keysIn = (bibtex: string) => Array.from(bibtex.matchAll(/^@\w+\{([^,]+),/gm), (match) => match[1]);

describe('library export keys', () => {
  it('keep a paper key in any selection', async () => {
    const db = freshDatabase();
    await upsertPapers(db, null, papers, NOW);
    const stored = await db.papers.toArray();
    const saliency = stored.filter((record) => record.title === 'Adaptive tiling from saliency maps');

    const fullExport = await exportRecords(stored, 'bibtex', { keys: await libraryCitationKeys(db, stored) });
    const aloneExport = await exportRecords(saliency, 'bibtex', { keys: await libraryCitationKeys(db, saliency) });

    expect(keysIn(fullExport.text).sort()).toEqual(['halvorsen2016adaptive-a', 'halvorsen2016adaptive-b', 'halvorsen2016low']);
    // Folded titles order the two: "adaptive tiling for" before "adaptive tiling from".
    expect(keysIn(aloneExport.text)).toEqual(['halvorsen2016adaptive-b']);
  });
});
