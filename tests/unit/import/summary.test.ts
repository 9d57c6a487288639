import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeImport, parseImportFile, writeImport, type ImportSummary } from '../../../lib/import';
import { deleteTestDatabases, freshDatabase } from '../../helpers/database';
import { REAL_PAGES, realPagesPresent } from '../../helpers/pages';

afterEach(deleteTestDatabases);

const none: ImportSummary = { read: 0, added: 0, mergedIntoStored: 0, mergedInFile: 0, crossrefVolumes: 0, profiles: 0, untaggedIds: [] };

describe('describeImport', () => {
  it('describes merges within file', () => {
    expect(describeImport({ ...none, read: 118, added: 89, mergedInFile: 29 }, 'dblp.bib')).toBe(
      'Imported 118 entries from dblp.bib: 89 new papers, 29 merged with another entry of the file.',
    );
  });

  it('describes merges into stored papers', () => {
    expect(describeImport({ ...none, read: 21, mergedIntoStored: 21 }, 'library.bib')).toBe(
      'Imported 21 entries from library.bib: 0 new papers, 21 merged into papers already stored.',
    );
  });

  it('describes crossref volumes and profiles', () => {
    expect(describeImport({ ...none, read: 3, added: 1, crossrefVolumes: 1, profiles: 2 }, 'x.bib')).toBe(
      'Imported 3 entries from x.bib: 1 new paper, 1 proceedings or book volume read as the venue of the entries that cite them. Restored 2 profiles.',
    );
  });

  it('describes one entry', () => {
    expect(describeImport({ ...none, read: 1, added: 1 }, 'one.json')).toBe('Imported 1 entry from one.json: 1 new paper.');
  });
});

const dblp = (name: string) => readFileSync(resolve(REAL_PAGES, 'dblp', name), 'utf8');

describe.skipIf(!realPagesPresent('dblp'))('dblp BibTeX into empty library', () => {
  const now = '2026-03-01T00:00:00.000Z';

  it('counts standard export entries', async () => {
    const parsed = parseImportFile(dblp('bibtex-person-nutan-limaye-standard-2025-118recs.bib'), now);
    if (!parsed.ok) throw new Error(parsed.error);

    const db = freshDatabase();
    const summary = await writeImport(db, parsed, now);
    expect(summary.read).toBe(118);
    expect(summary.mergedIntoStored).toBe(0);
    expect(summary.added + summary.mergedInFile).toBe(118);
    expect(summary.added).toBe(await db.papers.count());
  });

  it('keeps ECCC reports as versions', async () => {
    const parsed = parseImportFile(dblp('bibtex-person-nutan-limaye-standard-2025-118recs.bib'), now);
    if (!parsed.ok) throw new Error(parsed.error);

    const db = freshDatabase();
    await writeImport(db, parsed, now);
    const records = (await db.papers.toArray()).filter((paper) => paper.title.toLowerCase() === 'on the power of homogeneous algebraic formulas');
    const report = records.find((paper) => paper.venue?.startsWith('Electron. Colloquium Comput. Complex.'));
    const published = records.find((paper) => paper !== report);
    expect(records).toHaveLength(2);
    expect(report?.versions).toEqual([published?.id]);
    expect(published?.versions).toEqual([report?.id]);
  });

  it('counts crossref export volumes', async () => {
    const parsed = parseImportFile(dblp('bibtex-person-nutan-limaye-crossref-2025-157recs.bib'), now);
    if (!parsed.ok) throw new Error(parsed.error);

    const db = freshDatabase();
    const summary = await writeImport(db, parsed, now);
    expect(summary.read).toBe(157);
    expect(summary.crossrefVolumes).toBe(39);
    expect(summary.mergedIntoStored).toBe(0);
    expect(summary.added).toBe(await db.papers.count());
  });
});
