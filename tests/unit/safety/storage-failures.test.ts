import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handleRequest } from '../../../lib/background/handler';
import { upsertPapers } from '../../../lib/db/papers';
import { SCHOLAR_PROFILE, pageRead, scholarPaper } from '../../helpers/papers';
import { deleteTestDatabases, freshDatabase } from '../../helpers/database';

const fjord = scholarPaper({ title: 'Fjord circulation in winter', ids: { scholarArticle: 'QQQQ:AAAA' } });
const salt = scholarPaper({ title: 'Salt wedges in tidal rivers', ids: { scholarArticle: 'QQQQ:BBBB' } });
const profile = SCHOLAR_PROFILE;

interface Failure {
  ok: false;
  code: string;
  error: string;
}

const realIndexedDB = Dexie.dependencies.indexedDB;
afterEach(async () => {
  vi.restoreAllMocks();
  Dexie.dependencies.indexedDB = realIndexedDB;
  await deleteTestDatabases();
});

/**
 * An IndexedDB factory whose `open` fails the way Firefox private windows (and Tor Browser)
 * fail: the request errors with InvalidStateError.
 */
function privateWindowIndexedDB(): IDBFactory {
  return {
    ...realIndexedDB,
    open() {
      const request = { error: null as DOMException | null, onerror: null as ((event: unknown) => void) | null } as unknown as IDBOpenDBRequest;
      setTimeout(() => {
        Object.assign(request, {
          error: new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError'),
        });
        request.onerror?.({ target: request } as unknown as Event);
      });
      return request;
    },
    deleteDatabase: realIndexedDB.deleteDatabase.bind(realIndexedDB),
    cmp: realIndexedDB.cmp.bind(realIndexedDB),
    databases: realIndexedDB.databases?.bind(realIndexedDB),
  } as IDBFactory;
}

describe('full disk', () => {
  it('rolls back writes made before the error', async () => {
    const db = freshDatabase('safety');
    const realBulkPut = db.papers.bulkPut.bind(db.papers);
    const writeThenFail = async (...args: Parameters<typeof realBulkPut>) => {
      await realBulkPut(...args);
      throw new Dexie.QuotaExceededError('The quota has been exceeded.');
    };
    vi.spyOn(db.papers, 'bulkPut').mockImplementation(writeThenFail as unknown as typeof realBulkPut);
    const response = (await handleRequest({ type: 'papers/upsert', profile, ...pageRead([fjord, salt]) }, () => db)) as Failure;
    expect(response.ok).toBe(false);
    expect(response.code).toBe('storage-full');
    expect(response.error).toContain('Nothing was written');
    vi.restoreAllMocks();
    expect(await db.papers.count()).toBe(0);
    expect(await db.profiles.count()).toBe(0);
  });

  it('keeps earlier papers and saved state', async () => {
    const db = freshDatabase('safety');
    await upsertPapers(db, null, [fjord]);
    await handleRequest({ type: 'paper/set-saved', id: fjord.id, saved: true }, () => db);
    vi.spyOn(db.papers, 'put').mockRejectedValue(new Dexie.QuotaExceededError('The quota has been exceeded.'));
    const response = (await handleRequest({ type: 'paper/set-saved', id: fjord.id, saved: false }, () => db)) as Failure;
    expect(response.code).toBe('storage-full');
    vi.restoreAllMocks();
    expect((await db.papers.get(fjord.id))?.saved).toBe(1);
    expect(await db.papers.count()).toBe(1);
  });

  it('recognises a DOMException quota error', async () => {
    const db = freshDatabase('safety');
    vi.spyOn(db.papers, 'bulkPut').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const response = (await handleRequest({ type: 'papers/upsert', profile: null, ...pageRead([fjord]) }, () => db)) as Failure;
    expect(response.code).toBe('storage-full');
    expect(response.error).toContain('storage is full');
  });
});

describe('IndexedDB unavailable', () => {
  it('explains a private window on open', async () => {
    Dexie.dependencies.indexedDB = privateWindowIndexedDB();
    const db = freshDatabase('safety');
    const response = (await handleRequest({ type: 'papers/upsert', profile: null, ...pageRead([fjord]) }, () => db)) as Failure;
    expect(response.ok).toBe(false);
    expect(response.code).toBe('storage-unavailable');
    expect(response.error).toContain('normal window');
  });

  it('answers every request type without throwing', async () => {
    Dexie.dependencies.indexedDB = privateWindowIndexedDB();
    const db = freshDatabase('safety');
    const requests = [
      { type: 'papers/upsert', profile: null, ...pageRead([fjord]) },
      { type: 'paper/set-saved', id: fjord.id, saved: true },
      { type: 'library/stats' },
    ];
    for (const request of requests) {
      const response = (await handleRequest(request, () => db)) as Failure;
      expect(response.code, request.type).toBe('storage-unavailable');
    }
  });

  it('still tags papers without storage', async () => {
    Dexie.dependencies.indexedDB = privateWindowIndexedDB();
    const db = freshDatabase('safety');
    const response = (await handleRequest({ type: 'papers/tag', papers: [{ title: 'Deep neural networks for speech recognition' }] }, () => db)) as {
      ok: boolean;
      topics: unknown[][];
    };
    expect(response.ok).toBe(true);
    expect(response.topics[0]?.length).toBeGreaterThan(0);
  });

  it('works again in a normal window', async () => {
    Dexie.dependencies.indexedDB = privateWindowIndexedDB();
    const failing = freshDatabase('safety');
    expect(((await handleRequest({ type: 'library/stats' }, () => failing)) as Failure).code).toBe('storage-unavailable');
    Dexie.dependencies.indexedDB = realIndexedDB;
    const db = freshDatabase('safety');
    await handleRequest({ type: 'papers/upsert', profile: null, ...pageRead([fjord]) }, () => db);
    expect(await handleRequest({ type: 'library/stats' }, () => db)).toEqual({ ok: true, stored: 1, saved: 0 });
  });
});
