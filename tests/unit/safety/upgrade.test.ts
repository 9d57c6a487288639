import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ScholarLensDatabase, type StoredPaper, type StoredProfile } from '../../../lib/db/database';
import { libraryStats, setSaved, upsertPapers } from '../../../lib/db/papers';
import { handleRequest } from '../../../lib/background/handler';
import { identityKeys } from '../../../lib/model';
import { scholarPaper } from '../../helpers/papers';

/**
 * Store definitions of every released schema version. A released version is never edited:
 * an install that already has it would not be upgraded, and queries on a changed index fail.
 * A schema change adds a new version to `ScholarLensDatabase` and, once released, here.
 */
const RELEASED_SCHEMAS: Record<number, Record<string, string>> = {
  1: {
    papers: 'id, *keys, *profileKeys, saved, year, citations, addedAt',
    profiles: 'key, site, updatedAt',
  },
};

/** Dexie keeps each `version(n).stores(…)` call in `_versions`; its typings do not expose them. */
interface DeclaredVersion {
  _cfg: { version: number; storesSource: Record<string, string | null> };
}

function declaredVersions(db: Dexie): { version: number; stores: Record<string, string | null> }[] {
  const versions = (db as unknown as { _versions: DeclaredVersion[] })._versions;
  return versions.map((entry) => ({ version: entry._cfg.version, stores: entry._cfg.storesSource })).sort((a, b) => a.version - b.version);
}

/** A plain Dexie that declares only the versions up to `upTo`, as an older release did. */
function olderRelease(name: string, upTo: number): Dexie {
  const older = new Dexie(name);
  for (const { version, stores } of declaredVersions(new ScholarLensDatabase(name))) {
    if (version <= upTo) older.version(version).stores(stores);
  }
  return older;
}

const NOW = '2026-03-01T00:00:00.000Z';

/** Records in the shape the first release wrote them, built field by field rather than by today's code. */
function firstReleaseRecords(): { papers: StoredPaper[]; profiles: StoredProfile[] } {
  const saved = scholarPaper({ title: 'Fjord circulation in winter', ids: { scholarArticle: 'QQQQ:AAAA', scholarClusters: ['111'] } });
  const undated = scholarPaper({ title: 'Salt wedges in tidal rivers', year: null, citations: null, ids: { scholarArticle: 'QQQQ:BBBB' } });
  const noted = scholarPaper({ title: 'Ice shelves and fjord sills', ids: { scholarArticle: 'QQQQ:CCCC', arxiv: '2405.13401' } });
  const record = (paper: typeof saved, extra: Partial<StoredPaper>): StoredPaper => ({
    ...paper,
    keys: identityKeys(paper.ids, paper.title, paper.year),
    profileKeys: ['google-scholar:QQQQ'],
    saved: 0,
    savedAt: null,
    addedAt: NOW,
    updatedAt: NOW,
    ...extra,
  });
  return {
    papers: [
      record(saved, { saved: 1, savedAt: NOW }),
      record(undated, {}),
      record(noted, {
        note: 'read again before the review',
        userTopics: [{ field: 'Earth Sciences', label: 'Glaciology', score: 1, tier: 'user' }],
      }),
    ],
    profiles: [
      {
        site: 'google-scholar',
        id: 'QQQQ',
        name: 'Maren Solberg',
        affiliation: null,
        interests: ['oceanography'],
        metrics: { citations: { all: 12, recent: 4 } },
        coauthors: [],
        url: 'https://scholar.google.com/citations?user=QQQQ',
        key: 'google-scholar:QQQQ',
        updatedAt: NOW,
      },
    ],
  };
}

const names: string[] = [];
function databaseName(): string {
  const name = `upgrade-${crypto.randomUUID()}`;
  names.push(name);
  return name;
}

afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('schema versions', () => {
  it('released versions are unchanged', () => {
    const declared = declaredVersions(new ScholarLensDatabase(databaseName()));
    for (const [version, stores] of Object.entries(RELEASED_SCHEMAS)) {
      const found = declared.find((entry) => entry.version === Number(version));
      expect(found, `version ${version} is no longer declared`).toBeDefined();
      expect(found?.stores, `version ${version} was edited`).toEqual(stores);
    }
  });

  it('versions increase by declaration', () => {
    const db = new ScholarLensDatabase(databaseName());
    const versions = declaredVersions(db).map((entry) => entry.version);
    expect(versions.length).toBeGreaterThan(0);
    expect(new Set(versions).size).toBe(versions.length);
    expect(db.verno).toBe(Math.max(...versions));
  });
});

describe('upgrade from every declared version', () => {
  const versions = declaredVersions(new ScholarLensDatabase('versions-probe')).map((entry) => entry.version);

  it.each(versions)('keeps data written at version %i', async (version) => {
    const name = databaseName();
    const { papers, profiles } = firstReleaseRecords();
    const older = olderRelease(name, version);
    await older.table('papers').bulkAdd(papers);
    await older.table('profiles').bulkAdd(profiles);
    older.close();

    const db = new ScholarLensDatabase(name);
    await db.open();
    expect(db.verno).toBe(Math.max(...versions));
    expect(await db.papers.count()).toBe(papers.length);
    expect(await db.profiles.count()).toBe(profiles.length);
    for (const original of papers) {
      const stored = await db.papers.get(original.id);
      expect(stored, `paper ${original.id} is missing`).toBeDefined();
      expect(stored?.title).toBe(original.title);
      expect(stored?.year).toBe(original.year);
      expect(stored?.citations).toBe(original.citations);
      expect(stored?.saved).toBe(original.saved);
      expect(stored?.savedAt).toBe(original.savedAt);
      expect(stored?.note).toBe(original.note);
      expect(stored?.userTopics).toEqual(original.userTopics);
      expect(stored?.provenance).toEqual(original.provenance);
      expect(stored?.keys).toEqual(expect.arrayContaining(original.keys));
    }
    expect((await db.profiles.get('google-scholar:QQQQ'))?.name).toBe('Maren Solberg');
    db.close();
  });

  it.each(versions)('queries every index after upgrading from version %i', async (version) => {
    const name = databaseName();
    const older = olderRelease(name, version);
    await older.table('papers').bulkAdd(firstReleaseRecords().papers);
    older.close();

    const db = new ScholarLensDatabase(name);
    await db.open();
    for (const table of db.tables) {
      for (const index of table.schema.indexes) {
        await expect(table.orderBy(index.name).count(), `${table.name}.${index.name}`).resolves.toBeGreaterThanOrEqual(0);
      }
    }
    expect(await db.papers.where('saved').equals(1).count()).toBe(1);
    expect(await db.papers.where('profileKeys').equals('google-scholar:QQQQ').count()).toBe(3);
    db.close();
  });

  it.each(versions)('merges new sightings into data from version %i', async (version) => {
    const name = databaseName();
    const { papers } = firstReleaseRecords();
    const older = olderRelease(name, version);
    await older.table('papers').bulkAdd(papers);
    older.close();

    const db = new ScholarLensDatabase(name);
    const seenAgain = scholarPaper({ title: 'Fjord circulation in winter', citations: 40, ids: { scholarArticle: 'QQQQ:AAAA', scholarClusters: ['111'] } });
    const [state] = await upsertPapers(db, null, [seenAgain]);
    expect(state?.id).toBe(papers[0]!.id);
    expect(state?.saved).toBe(true);
    expect(await libraryStats(db)).toEqual({ stored: 3, saved: 1 });
    expect((await setSaved(db, papers[1]!.id, true))?.saved).toBe(true);
    expect(await handleRequest({ type: 'library/stats' }, () => db)).toEqual({ ok: true, stored: 3, saved: 2 });
    db.close();
  });
});
