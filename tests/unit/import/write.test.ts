import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportRecords, loadProfilesOf } from '../../../components/library/exportRecords';
import { ScholarLensDatabase, type StoredPaper, type StoredProfile } from '../../../lib/db/database';
import { upsertPapers } from '../../../lib/db/papers';
import { toEnvelopeJson } from '../../../lib/export/envelope';
import { exportPapers } from '../../../lib/export';
import { parseImportFile, writeImport, type ImportParseResult } from '../../../lib/import';
import { IMPORT_PAGE_URL } from '../../../lib/import/entry';
import type { Topic } from '../../../lib/model';
import { SCHOLAR_PROFILE, scholarPaper } from '../../helpers/papers';
import { deleteTestDatabases, freshDatabase } from '../../helpers/database';

afterEach(async () => {
  vi.restoreAllMocks();
  await deleteTestDatabases();
});

function contentOf(result: ImportParseResult) {
  if (!result.ok) throw new Error(`expected a valid file, got: ${result.error}`);
  return result;
}

const stored = '2026-01-01T00:00:00.000Z';
const imported = '2026-03-01T00:00:00.000Z';
const fjord = scholarPaper({ title: 'Fjord circulation in winter', ids: { scholarArticle: 'QQQQ:AAAA', doi: '10.1/fjord' } });
const salt = scholarPaper({ title: 'Salt wedges 盐楔 in tidal rivers', authors: [{ name: 'Zoë Ørsted' }], ids: { scholarArticle: 'QQQQ:BBBB' } });

describe('writeImport', () => {
  it('adds saved papers', async () => {
    const db = freshDatabase();
    const content = contentOf(parseImportFile('@misc{a, title = {Fresh paper}, year = {2021}, keywords = {Fjords}}', imported));

    const summary = await writeImport(db, content, imported);
    const [record] = await db.papers.toArray();
    expect(summary).toEqual({ read: 1, added: 1, mergedIntoStored: 0, mergedInFile: 0, crossrefVolumes: 0, profiles: 0, untaggedIds: [record?.id] });
    expect(record?.saved).toBe(1);
    expect(record?.savedAt).toBe(imported);
    expect(record?.userTags).toEqual(['Fjords']);
  });

  it('lists untagged imported papers', async () => {
    const db = freshDatabase();
    const vision: Topic = { field: 'Computer Science', class: 'cs.CV', label: 'Computer Vision and Pattern Recognition', score: 0.8, tier: 'lexicon' };
    const tagged = scholarPaper({ title: 'Tagged before', ids: { scholarArticle: 'QQQQ:TTTT' }, topics: [vision] });
    await upsertPapers(db, null, [tagged], stored);
    // "Databases" is a topic label, so that keyword gives paper c a topic, which tagging would replace.
    const text = '@misc{a, title = {Tagged before}, year = {2020}}\n@misc{b, title = {Never tagged}, keywords = {Fjords}}\n@misc{c, title = {Keyword topic}, keywords = {Databases}}\n';

    const summary = await writeImport(db, contentOf(parseImportFile(text, imported)), imported);
    const fresh = (await db.papers.toArray()).find((record) => record.title === 'Never tagged');
    expect(summary.untaggedIds).toEqual([fresh?.id]);
  });

  it('keeps apart same-titled works of other authors', async () => {
    const db = freshDatabase();
    const text = [
      '@article{a2020, author = {Aas, Tor}, title = {Editorial}, journal = {Ocean Letters}, year = {2020}}',
      '@article{b2021, author = {Brandt, Eva}, title = {Editorial}, journal = {Journal of Fjords}, year = {2021}}',
      '@article{c, author = {Ruiz, Ada}, title = {Introduction}, journal = {Polar Notes}}',
      '@article{d, author = {Vik, Jon}, title = {Introduction}, journal = {Coastal Studies}}',
      '@article{e, author = {Vik, J.}, title = {Introduction}, journal = {Coastal Studies}}',
      // A profile's papers all name its owner, so that name alone does not make two entries one.
      '@article{f, author = {Heindrickson, G. and Santos, C. D.}, title = {Publication period}, year = {2019}}',
      '@article{g, author = {Gelenske, T. L. and Santos, C. D.}, title = {Publication period}, year = {2019}}',
      '@article{h, author = {Heindrickson, G. and Santos, C. D. and Lima, A.}, title = {Publication period}, year = {2019}}',
      '@article{k, author = {Müller, Jonas and Brandt, Eva}, title = {Salt wedges}, year = {2020}}',
      '@article{l, author = {Mueller, J. and Brandt, E.}, title = {Salt wedges}, year = {2020}}',
      '@article{i, title = {Preface}, journal = {Ocean Letters}, year = {2020}}',
      '@article{j, title = {Preface}, journal = {Journal of Fjords}, year = {2020}}',
    ].join('\n');

    const summary = await writeImport(db, contentOf(parseImportFile(text, imported)), imported);
    expect(summary).toMatchObject({ added: 9, mergedInFile: 3 });
    const firstAuthors = (await db.papers.toArray()).map((record) => record.authors[0]?.name ?? record.venue).sort();
    expect(firstAuthors).toEqual(['Ada Ruiz', 'Eva Brandt', 'G. Heindrickson', 'Jon Vik', 'Jonas Müller', 'Journal of Fjords', 'Ocean Letters', 'T. L. Gelenske', 'Tor Aas']);
  });

  it('keeps editorials of two issues apart', async () => {
    const db = freshDatabase();
    const text = [
      '@article{a, author = {Aas, Tor}, title = {Editorial}, journal = {Ocean Letters}, volume = {12}, number = {1}, year = {2020}}',
      '@article{b, author = {Aas, Tor}, title = {Editorial}, journal = {Ocean Letters}, volume = {12}, number = {2}, year = {2020}}',
      '@article{c, author = {Aas, Tor}, title = {Editorial}, journal = {Ocean Letters}, volume = {13}, number = {1}, year = {2021}}',
      // The same editorial listed twice, once with its pages, is one work.
      '@article{d, author = {Aas, T.}, title = {Editorial}, journal = {Ocean Letters}, volume = {12}, number = {2}, pages = {1--2}, year = {2020}}',
      '@article{e, author = {Aas, Tor}, title = {Editorial}, journal = {Ocean Letters}, volume = {12}, number = {2}, pages = {99--100}, year = {2020}}',
    ].join('\n');

    expect(await writeImport(db, contentOf(parseImportFile(text, imported)), imported)).toMatchObject({ added: 4, mergedInFile: 1 });
    const venues = (await db.papers.toArray()).map((record) => record.venue).sort();
    expect(venues).toEqual(['Ocean Letters 12 (1)', 'Ocean Letters 12 (2), 1-2', 'Ocean Letters 12 (2), 99-100', 'Ocean Letters 13 (1)']);
  });

  it('keeps dblp records apart', async () => {
    const db = freshDatabase();
    const text = [
      '@inproceedings{DBLP:conf/coco/DattaLNTW09, title = {Planar Graph Isomorphism is in Log-Space}, booktitle = {CCC 2009}, year = {2009}, doi = {10.1109/CCC.2009.16}}',
      '@inproceedings{DBLP:conf/dagstuhl/DattaLNTW09, title = {Planar Graph Isomorphism is in Log-Space}, booktitle = {Algebraic Methods in Computational Complexity}, year = {2009}}',
      '@article{DBLP:journals/corr/abs-0809-2319, title = {Planar Graph Isomorphism is in Log-Space}, journal = {CoRR}, year = {2009}}',
    ].join('\n');
    const content = contentOf(parseImportFile(text, imported));
    expect(content.entries.map((entry) => entry.paper.ids.dblpKey)).toEqual(['conf/coco/DattaLNTW09', 'conf/dagstuhl/DattaLNTW09', 'journals/corr/abs-0809-2319']);

    expect(await writeImport(db, content, imported)).toMatchObject({ read: 3, added: 3, mergedInFile: 0 });
    const preprint = (await db.papers.toArray()).find((record) => record.venue === 'CoRR');
    expect(preprint?.versions).toHaveLength(2);
  });

  it('keeps exported preprints apart', async () => {
    const db = freshDatabase();
    const published = scholarPaper({ title: 'Detecting change points in evolving networks', venue: 'AAAI, 2914-2920', year: 2015, type: 'conference', ids: {} });
    const preprint = scholarPaper({ title: 'Detecting change points in evolving networks', venue: 'CoRR abs/1403.0989', year: 2014, type: 'informal', ids: { arxiv: '1403.0989' } });
    for (const format of ['bibtex', 'csl'] as const) {
      const content = contentOf(parseImportFile(exportPapers([published, preprint], format).text, imported));
      expect(content.entries.map((entry) => entry.paper.type)).toEqual(['conference', 'informal']);
    }

    const content = contentOf(parseImportFile(exportPapers([published, preprint], 'bibtex').text, imported));
    expect(await writeImport(db, content, imported)).toMatchObject({ read: 2, added: 2, mergedInFile: 0 });
    const records = await db.papers.orderBy('year').toArray();
    expect(records.map((record) => record.year)).toEqual([2014, 2015]);
    expect(records[0]?.versions).toEqual([records[1]?.id]);
  });

  it('keeps topic keywords out of tags', async () => {
    const db = freshDatabase();
    const content = contentOf(parseImportFile('@misc{a, title = {Fresh paper}, year = {2021}, keywords = {Databases, Fjords}}', imported));

    await writeImport(db, content, imported);
    const [record] = await db.papers.toArray();
    expect(record?.userTags).toEqual(['Fjords']);
    expect(record?.topics.map((topic) => [topic.label, topic.tier])).toEqual([['Databases', 'keyword']]);
  });

  it('merges into existing paper', async () => {
    const db = freshDatabase();
    await upsertPapers(db, null, [fjord], stored);
    await db.papers.update(fjord.id, { note: 'kept note' });
    const content = contentOf(parseImportFile('@article{x, title = {Fjord circulation in winter}, doi = {10.1/FJORD}, year = {2020}}', imported));

    expect(await writeImport(db, content, imported)).toEqual({ read: 1, added: 0, mergedIntoStored: 1, mergedInFile: 0, crossrefVolumes: 0, profiles: 0, untaggedIds: [fjord.id] });
    expect(await db.papers.count()).toBe(1);
    const record = await db.papers.get(fjord.id);
    expect(record?.note).toBe('kept note');
    expect(record?.saved).toBe(1);
    expect(record?.provenance.map((entry) => entry.site)).toEqual(['google-scholar', 'import']);
  });

  it('merges duplicates within file', async () => {
    const db = freshDatabase();
    const text = '@misc{a, title = {Same Work}, year = {2020}}\n@misc{b, title = {Same work}, year = {2020}}\n';

    expect(await writeImport(db, contentOf(parseImportFile(text, imported)), imported)).toEqual({
      read: 2,
      added: 1,
      mergedIntoStored: 0,
      mergedInFile: 1,
      crossrefVolumes: 0,
      profiles: 0,
      untaggedIds: [(await db.papers.toCollection().primaryKeys())[0]],
    });
    expect(await db.papers.count()).toBe(1);
  });

  it('counts stored and file merges', async () => {
    const db = freshDatabase();
    await upsertPapers(db, null, [fjord], stored);
    const text = '@misc{a, title = {Fjord circulation in winter}, year = {2020}}\n@misc{b, title = {New work}, year = {2021}}\n@misc{c, title = {New Work}, year = {2021}}\n';

    const summary = await writeImport(db, contentOf(parseImportFile(text, imported)), imported);
    expect(summary.added).toBe(1);
    expect(summary.mergedIntoStored).toBe(1);
    expect(summary.mergedInFile).toBe(1);
  });

  it('writes nothing when write fails', async () => {
    const db = freshDatabase();
    await upsertPapers(db, null, [fjord], stored);
    const before = await db.papers.toArray();
    const content = contentOf(parseImportFile('@misc{a, title = {One}}\n@misc{b, title = {Fjord circulation in winter}, year = {2020}}', imported));
    const original = db.papers.bulkPut.bind(db.papers);
    let calls = 0;
    vi.spyOn(db.papers, 'bulkPut').mockImplementation(((records: StoredPaper[]) => {
      calls += 1;
      if (calls === 2) throw new Error('disk full');
      return original(records);
    }) as typeof db.papers.bulkPut);

    await expect(writeImport(db, content, imported)).rejects.toThrow('disk full');
    vi.restoreAllMocks();
    expect(await db.papers.toArray()).toEqual(before);
  });
});

describe('writeImport profiles', () => {
  const older = '2026-02-01T00:00:00.000Z';
  const later = '2026-04-01T00:00:00.000Z';
  const fileProfile = { ...SCHOLAR_PROFILE, key: 'google-scholar:QQQQ', name: 'Maren Solberg (file)', updatedAt: older };

  function backupWith(...profiles: StoredProfile[]) {
    return contentOf(parseImportFile(toEnvelopeJson([fjord], new Date(imported), undefined, profiles), imported));
  }

  it('restores profiles', async () => {
    const db = freshDatabase();

    expect(await writeImport(db, backupWith(fileProfile), imported)).toEqual({ read: 1, added: 1, mergedIntoStored: 0, mergedInFile: 0, crossrefVolumes: 0, profiles: 1, untaggedIds: [fjord.id] });
    expect(await db.profiles.toArray()).toEqual([fileProfile]);
  });

  it('keeps later stored profile', async () => {
    const db = freshDatabase();
    const stored = { ...fileProfile, name: 'Maren Solberg (stored)', updatedAt: later };
    await db.profiles.put(stored);

    expect((await writeImport(db, backupWith(fileProfile), imported)).profiles).toBe(0);
    expect(await db.profiles.get(fileProfile.key)).toEqual(stored);
  });

  it('replaces older stored profile', async () => {
    const db = freshDatabase();
    await db.profiles.put({ ...fileProfile, name: 'Maren Solberg (stored)', updatedAt: stored });

    expect((await writeImport(db, backupWith(fileProfile), imported)).profiles).toBe(1);
    expect(await db.profiles.get(fileProfile.key)).toEqual(fileProfile);
  });

  it('compares times, not text', async () => {
    const db = freshDatabase();
    // As text, "…00Z" sorts after "…00.500Z" although it is half a second earlier.
    await db.profiles.put({ ...fileProfile, name: 'Maren Solberg (stored)', updatedAt: '2026-02-01T00:00:00Z' });

    await writeImport(db, backupWith({ ...fileProfile, updatedAt: '2026-02-01T00:00:00.500Z' }), imported);
    expect((await db.profiles.get(fileProfile.key))?.name).toBe('Maren Solberg (file)');
  });

  it('uses later duplicate entry', async () => {
    const db = freshDatabase();
    const latest = { ...fileProfile, name: 'Maren Solberg (latest)', updatedAt: later };

    expect((await writeImport(db, backupWith(fileProfile, latest, { ...fileProfile, updatedAt: stored }), imported)).profiles).toBe(1);
    expect(await db.profiles.toArray()).toEqual([latest]);
  });

  it('writes nothing when profile write fails', async () => {
    const db = freshDatabase();
    const before = { ...fileProfile, name: 'Maren Solberg (stored)', updatedAt: stored };
    await db.profiles.put(before);
    vi.spyOn(db.profiles, 'bulkPut').mockImplementation((() => {
      throw new Error('disk full');
    }) as typeof db.profiles.bulkPut);

    await expect(writeImport(db, backupWith(fileProfile), imported)).rejects.toThrow('disk full');
    vi.restoreAllMocks();
    expect(await db.papers.count()).toBe(0);
    expect(await db.profiles.toArray()).toEqual([before]);
  });

  it('writes no profile when paper write fails', async () => {
    const db = freshDatabase();
    vi.spyOn(db.papers, 'bulkPut').mockImplementation((() => {
      throw new Error('disk full');
    }) as typeof db.papers.bulkPut);

    await expect(writeImport(db, backupWith(fileProfile), imported)).rejects.toThrow('disk full');
    vi.restoreAllMocks();
    expect(await db.profiles.count()).toBe(0);
  });
});

describe('JSON export round trip', () => {
  it('re-imports same records', async () => {
    const source = freshDatabase();
    await upsertPapers(source, null, [fjord, salt], stored);
    await source.papers.update(fjord.id, { saved: 1, savedAt: '2026-01-02T00:00:00.000Z', note: 'Read § 3 — “α ≤ β”', userTags: ['fjords', '海洋'] });
    const records = await source.papers.orderBy('id').toArray();
    const file = await exportRecords(records, 'json', { exportedAt: new Date(imported) });

    const target = freshDatabase();
    await writeImport(target, contentOf(parseImportFile(file.text, imported)), imported);

    const copies = await target.papers.orderBy('id').toArray();
    expect(copies).toEqual(records.map((record) => ({ ...record, updatedAt: imported })));
  });

  it('restores profiles of exported papers', async () => {
    const source = freshDatabase();
    await upsertPapers(source, SCHOLAR_PROFILE, [fjord], stored);
    const other = { ...SCHOLAR_PROFILE, id: 'ZZZZ', url: 'https://scholar.google.com/citations?user=ZZZZ' };
    const unrelated = scholarPaper({ title: 'Unrelated work', ids: { scholarArticle: 'ZZZZ:AAAA' } });
    unrelated.provenance = [{ ...unrelated.provenance[0]!, profile: 'google-scholar:ZZZZ', pageUrl: other.url }];
    await upsertPapers(source, other, [unrelated], stored);
    expect(await source.profiles.count()).toBe(2);
    const records = await source.papers.where('profileKeys').equals('google-scholar:QQQQ').toArray();
    expect(records.map((record) => record.title)).toEqual([fjord.title]);
    const profiles = await loadProfilesOf(source, records);
    expect(profiles.map((profile) => profile.key)).toEqual(['google-scholar:QQQQ']);
    const file = await exportRecords(records, 'json', { exportedAt: new Date(imported), profiles });

    const target = freshDatabase();
    await writeImport(target, contentOf(parseImportFile(file.text, imported)), imported);

    expect(await target.profiles.toArray()).toEqual(await source.profiles.where('key').equals('google-scholar:QQQQ').toArray());
  });
});

describe('BibTeX and CSL-JSON round trip', () => {
  const agriculture: Topic = { field: 'Agricultural and Biological Sciences', label: 'Agricultural and Biological Sciences', score: 0.6, tier: 'venue' };
  const pig = scholarPaper({
    title: 'Pig carcass grading with image analysis',
    authors: [{ name: 'A Rossi' }, { name: 'B Okafor' }],
    venue: 'Meat Science 49 (2), 137-144',
    year: 1998,
    citations: 40,
    ids: { scholarArticle: 'QQQQ:PIGS' },
    topics: [agriculture],
  });

  for (const format of ['bibtex', 'biblatex', 'csl'] as const) {
    it(`re-imports ${format} export`, async () => {
      const db = freshDatabase();
      await upsertPapers(db, null, [pig], stored);
      const before = (await db.papers.get(pig.id))!;
      const file = await exportRecords([before], format, { exportedAt: new Date(imported) });

      const summary = await writeImport(db, contentOf(parseImportFile(file.text, imported)), imported);
      expect(summary).toMatchObject({ read: 1, added: 0 });
      const importSighting = { site: 'import', profile: null, pageUrl: IMPORT_PAGE_URL, firstSeen: imported, lastSeen: imported };
      // The file's entry type (@article, "article-journal") fills the type the page did not give.
      expect(await db.papers.get(pig.id)).toEqual({
        ...before,
        type: 'journal',
        fieldSources: { ...before.fieldSources, type: { site: 'import', pageUrl: IMPORT_PAGE_URL, seenAt: imported } },
        saved: 1,
        savedAt: imported,
        updatedAt: imported,
        provenance: [...before.provenance, importSighting],
      });
    });

    it(`carries note and tags through ${format}`, async () => {
      const source = freshDatabase();
      await upsertPapers(source, null, [pig], stored);
      await source.papers.update(pig.id, { note: 'Grading § 2 — “α ≤ β” & more', userTags: ['to-read', 'müll'] });
      const file = await exportRecords([(await source.papers.get(pig.id))!], format, { exportedAt: new Date(imported) });

      const target = freshDatabase();
      await writeImport(target, contentOf(parseImportFile(file.text, imported)), imported);
      const [copy] = await target.papers.toArray();
      expect(copy?.note).toBe('Grading § 2 — “α ≤ β” & more');
      expect(copy?.userTags).toEqual(['to-read', 'müll']);
    });
  }
});
