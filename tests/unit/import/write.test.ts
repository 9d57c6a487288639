import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportRecords } from '../../../components/library/exportRecords';
import { ScholarLensDatabase, type StoredPaper } from '../../../lib/db/database';
import { upsertPapers } from '../../../lib/db/papers';
import { parseImportFile, writeImport, type ImportParseResult } from '../../../lib/import';
import { scholarPaper } from '../../helpers/papers';
import { deleteTestDatabases, freshDatabase } from '../../helpers/database';

afterEach(async () => {
  vi.restoreAllMocks();
  await deleteTestDatabases();
});

function entriesOf(result: ImportParseResult) {
  if (!result.ok) throw new Error(`expected a valid file, got: ${result.error}`);
  return result.entries;
}

const stored = '2026-01-01T00:00:00.000Z';
const imported = '2026-03-01T00:00:00.000Z';
const fjord = scholarPaper({ title: 'Fjord circulation in winter', ids: { scholarArticle: 'QQQQ:AAAA', doi: '10.1/fjord' } });
const salt = scholarPaper({ title: 'Salt wedges 盐楔 in tidal rivers', authors: [{ name: 'Zoë Ørsted' }], ids: { scholarArticle: 'QQQQ:BBBB' } });

describe('writeImport', () => {
  it('adds saved papers', async () => {
    const db = freshDatabase();
    const entries = entriesOf(parseImportFile('@misc{a, title = {Fresh paper}, year = {2021}, keywords = {Fjords}}', imported));

    expect(await writeImport(db, entries, imported)).toEqual({ read: 1, added: 1, merged: 0 });
    const [record] = await db.papers.toArray();
    expect(record?.saved).toBe(1);
    expect(record?.savedAt).toBe(imported);
    expect(record?.userTags).toEqual(['Fjords']);
  });

  it('merges into existing paper', async () => {
    const db = freshDatabase();
    await upsertPapers(db, null, [fjord], stored);
    await db.papers.update(fjord.id, { note: 'kept note' });
    const entries = entriesOf(parseImportFile('@article{x, title = {Fjord circulation in winter}, doi = {10.1/FJORD}, year = {2020}}', imported));

    expect(await writeImport(db, entries, imported)).toEqual({ read: 1, added: 0, merged: 1 });
    expect(await db.papers.count()).toBe(1);
    const record = await db.papers.get(fjord.id);
    expect(record?.note).toBe('kept note');
    expect(record?.saved).toBe(1);
    expect(record?.provenance.map((entry) => entry.site)).toEqual(['google-scholar', 'import']);
  });

  it('merges duplicates within file', async () => {
    const db = freshDatabase();
    const text = '@misc{a, title = {Same Work}, year = {2020}}\n@misc{b, title = {Same work}, year = {2020}}\n';

    expect(await writeImport(db, entriesOf(parseImportFile(text, imported)), imported)).toEqual({ read: 2, added: 1, merged: 1 });
    expect(await db.papers.count()).toBe(1);
  });

  it('writes nothing when write fails', async () => {
    const db = freshDatabase();
    await upsertPapers(db, null, [fjord], stored);
    const before = await db.papers.toArray();
    const entries = entriesOf(parseImportFile('@misc{a, title = {One}}\n@misc{b, title = {Fjord circulation in winter}, year = {2020}}', imported));
    const original = db.papers.bulkPut.bind(db.papers);
    let calls = 0;
    vi.spyOn(db.papers, 'bulkPut').mockImplementation(((records: StoredPaper[]) => {
      calls += 1;
      if (calls === 2) throw new Error('disk full');
      return original(records);
    }) as typeof db.papers.bulkPut);

    await expect(writeImport(db, entries, imported)).rejects.toThrow('disk full');
    vi.restoreAllMocks();
    expect(await db.papers.toArray()).toEqual(before);
  });
});

describe('JSON export round trip', () => {
  it('re-imports same records', async () => {
    const source = freshDatabase();
    await upsertPapers(source, null, [fjord, salt], stored);
    await source.papers.update(fjord.id, { saved: 1, savedAt: '2026-01-02T00:00:00.000Z', note: 'Read § 3 — “α ≤ β”', userTags: ['fjords', '海洋'] });
    const records = await source.papers.orderBy('id').toArray();
    const file = await exportRecords(records, 'json', undefined, new Date(imported));

    const target = freshDatabase();
    await writeImport(target, entriesOf(parseImportFile(file.text, imported)), imported);

    const copies = await target.papers.orderBy('id').toArray();
    expect(copies).toEqual(records.map((record) => ({ ...record, updatedAt: imported })));
  });
});
