import { afterEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { handleRequest } from '../../../lib/background/handler';
import { ScholarLensDatabase } from '../../../lib/db/database';
import { pageRead, scholarPaper } from '../../helpers/papers';

const databases: ScholarLensDatabase[] = [];
function open(): () => ScholarLensDatabase {
  const db = new ScholarLensDatabase(`test-${crypto.randomUUID()}`);
  databases.push(db);
  return () => db;
}

afterEach(async () => {
  vi.restoreAllMocks();
  for (const db of databases.splice(0)) await db.delete();
});

const paper = scholarPaper({ title: 'Deep neural networks for speech recognition', ids: { scholarArticle: 'QQQQ:AAAA' } });

describe('handleRequest', () => {
  it('rejects a message of unknown type', async () => {
    const response = (await handleRequest({ type: 'papers/drop-all' }, open())) as { ok: boolean; code: string };
    expect(response.ok).toBe(false);
    expect(response.code).toBe('invalid-message');
  });

  it('rejects a paper with a javascript: link', async () => {
    const db = open();
    const bad = { ...paper, links: [{ kind: 'detail', url: 'javascript:alert(1)' }] };
    const response = (await handleRequest({ type: 'papers/upsert', profile: null, ...pageRead([bad]) }, db)) as {
      ok: boolean;
      states: unknown[];
      rejected: { index: number; error: string }[];
    };
    expect(response.ok).toBe(true);
    expect(response.states).toEqual([null]);
    expect(response.rejected).toHaveLength(1);
    expect(response.rejected[0]?.index).toBe(0);
    expect(response.rejected[0]?.error).toContain('links.0.url');
    expect(await handleRequest({ type: 'library/stats' }, db)).toEqual({ ok: true, stored: 0, saved: 0 });
  });

  it('stores the valid papers beside a rejected one', async () => {
    const db = open();
    const bad = { ...paper, title: '' };
    const other = scholarPaper({ title: 'Attention is all you need', ids: { scholarArticle: 'QQQQ:BBBB' } });
    const response = (await handleRequest({ type: 'papers/upsert', profile: null, ...pageRead([bad, other]) }, db)) as {
      ok: boolean;
      states: ({ id: string } | null)[];
      rejected: { index: number; error: string }[];
    };
    expect(response.ok).toBe(true);
    expect(response.states[0]).toBeNull();
    expect(response.states[1]?.id).toBe(other.id);
    expect(response.rejected).toEqual([{ index: 0, error: 'invalid title in record 0' }]);
    expect(await handleRequest({ type: 'library/stats' }, db)).toEqual({ ok: true, stored: 1, saved: 0 });
  });

  it('keeps request order around rejections', async () => {
    const db = open();
    const other = scholarPaper({ title: 'Attention is all you need', ids: { scholarArticle: 'QQQQ:BBBB' } });
    const request = { type: 'papers/upsert', profile: null, ...pageRead([paper, { ...paper, title: '' }, other]) };
    // The first request meets an empty store and the second one finds both papers stored.
    for (const stored of [0, 2]) {
      expect(await handleRequest({ type: 'library/stats' }, db)).toEqual({ ok: true, stored, saved: 0 });
      const response = (await handleRequest(request, db)) as { states: ({ id: string } | null)[]; rejected: { index: number }[] };
      expect(response.states.map((state) => state?.id ?? null)).toEqual([paper.id, null, other.id]);
      expect(response.rejected.map((rejected) => rejected.index)).toEqual([1]);
    }
  });

  it('accepts a tagger warm-up', async () => {
    expect(await handleRequest({ type: 'tagger/prepare' }, open())).toEqual({ ok: true });
  });

  it('opens the database ahead', async () => {
    const db = open();
    expect(db().isOpen()).toBe(false);
    await handleRequest({ type: 'tagger/prepare' }, db);
    await vi.waitFor(() => expect(db().isOpen()).toBe(true));
  });

  it('lists the topic choices', async () => {
    const response = (await handleRequest({ type: 'topics/choices' }, open())) as {
      ok: boolean;
      fields: { field: string; classes: { id: string; label: string }[] }[];
    };
    expect(response.ok).toBe(true);
    const fields = response.fields.map((choice) => choice.field);
    expect(fields).toEqual([...fields].sort());
    const computing = response.fields.find((choice) => choice.field === 'Computer Science');
    expect(computing?.classes).toContainEqual({ id: 'cs.LG', label: 'Machine Learning' });
  });

  it('stores papers before tagging', async () => {
    const response = (await handleRequest({ type: 'papers/upsert', profile: null, ...pageRead([paper]) }, open())) as {
      ok: true;
      states: { id: string; topics: { field: string }[] }[];
    };
    expect(response.ok).toBe(true);
    expect(response.states[0]?.id).toBe(paper.id);
    expect(response.states[0]?.topics).toEqual([]);
  });

  it('tags stored papers once', async () => {
    const db = open();
    await handleRequest({ type: 'papers/upsert', profile: null, ...pageRead([paper]) }, db);
    type Tagged = { ok: true; topics: ({ field: string }[] | null)[] };
    const request = { type: 'papers/tag-stored', ids: [paper.id, 'p-unknown'], profile: 'google-scholar:QQQQ' };
    const first = (await handleRequest(request, db)) as Tagged;
    expect(first.topics[0]?.[0]?.field).toBe('Computer Science');
    expect(first.topics[1]).toBeNull();
    expect((await db().papers.get(paper.id))?.topics[0]?.field).toBe('Computer Science');
    const again = (await handleRequest(request, db)) as Tagged;
    expect(again.topics).toEqual([null, null]);
  });

  it('answers analysis after a running upsert', async () => {
    const db = open();
    const finished: string[] = [];
    const upsert = handleRequest({ type: 'papers/upsert', profile: null, ...pageRead([paper]) }, db).then(() => finished.push('upsert'));
    const analyze = handleRequest({ type: 'profile/analyze', ...pageRead([paper]), owner: { name: 'M Solberg' } }, db).then(() =>
      finished.push('analyze'),
    );
    await Promise.all([upsert, analyze]);
    expect(finished).toEqual(['upsert', 'analyze']);
  });

  it('counts stored and saved papers', async () => {
    const db = open();
    await handleRequest({ type: 'papers/upsert', profile: null, ...pageRead([paper]) }, db);
    await handleRequest({ type: 'paper/set-saved', id: paper.id, saved: true }, db);
    expect(await handleRequest({ type: 'library/stats' }, db)).toEqual({ ok: true, stored: 1, saved: 1 });
  });

  it('names an unknown paper id', async () => {
    const response = (await handleRequest({ type: 'paper/set-saved', id: 'p-none', saved: true }, open())) as { code: string; error: string };
    expect(response.code).toBe('not-found');
    expect(response.error).toContain('p-none');
  });

  it('tags without storing', async () => {
    const response = (await handleRequest({ type: 'papers/tag', papers: [{ title: paper.title }] }, open())) as {
      topics: { field: string }[][];
    };
    expect(response.topics[0]?.[0]?.field).toBe('Computer Science');
  });

  it('explains a full disk and writes nothing', async () => {
    const getDb = open();
    const db = getDb();
    vi.spyOn(db.papers, 'bulkPut').mockRejectedValue(new Dexie.QuotaExceededError('quota'));
    const response = (await handleRequest({ type: 'papers/upsert', profile: null, ...pageRead([paper]) }, getDb)) as {
      ok: boolean;
      code: string;
      error: string;
    };
    expect(response.code).toBe('storage-full');
    expect(response.error).toContain('storage is full');
    vi.restoreAllMocks();
    expect(await db.papers.count()).toBe(0);
  });

  it('explains unavailable IndexedDB', async () => {
    const failing = () => {
      throw new Dexie.MissingAPIError('IndexedDB API missing');
    };
    const response = (await handleRequest({ type: 'library/stats' }, failing)) as { code: string; error: string };
    expect(response.code).toBe('storage-unavailable');
    expect(response.error).toContain('normal window');
  });
});
