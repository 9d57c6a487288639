import { afterEach, describe, expect, it } from 'vitest';
import { handleRequest } from '../../../lib/background/handler';
import type { Provenance } from '../../../lib/model';
import { deleteTestDatabases, freshDatabase } from '../../helpers/database';
import { SCHOLAR_SIGHTING, pageRead, scholarPaper } from '../../helpers/papers';

afterEach(deleteTestDatabases);

interface UpsertResponse {
  ok: boolean;
  code?: string;
  error?: string;
  states?: ({ id: string } | null)[];
  rejected?: { index: number; error: string }[];
}

const reef = scholarPaper({ title: 'Reef fish in warming seas', ids: { scholarArticle: 'QQQQ:AAAA' } });
const kelp = scholarPaper({ title: 'Kelp forests after storms', ids: { scholarArticle: 'QQQQ:BBBB' } });
const { papers: records } = pageRead([reef, kelp]);
const listing: Provenance = { ...SCHOLAR_SIGHTING, site: 'arxiv', profile: null, pageUrl: 'https://arxiv.org/list/astro-ph.CO/new' };

async function upsert(request: Record<string, unknown>) {
  const db = freshDatabase();
  const response = (await handleRequest({ type: 'papers/upsert', profile: null, ...request }, () => db)) as UpsertResponse;
  return { db, response };
}

describe('papers/upsert sighting', () => {
  it('sets every record provenance', async () => {
    const { db, response } = await upsert({ sighting: SCHOLAR_SIGHTING, papers: records });
    expect(response.ok).toBe(true);
    expect(response.rejected).toEqual([]);
    const stored = await db.papers.bulkGet([reef.id, kelp.id]);
    expect(stored[0]?.provenance).toEqual([SCHOLAR_SIGHTING]);
    expect(stored[1]?.provenance).toEqual([SCHOLAR_SIGHTING]);
    expect(stored[0]?.profileKeys).toEqual(['google-scholar:QQQQ']);
  });

  it('keeps listing kinds per record', async () => {
    const kinds = [{ ...records[0]!, listingKind: 'cross-list' }, records[1]!];
    const { db, response } = await upsert({ sighting: listing, papers: kinds });
    expect(response.ok).toBe(true);
    const [crossList, plain] = await db.papers.bulkGet([reef.id, kelp.id]);
    expect(crossList?.provenance).toEqual([{ ...listing, listingKind: 'cross-list' }]);
    expect(crossList).not.toHaveProperty('listingKind');
    expect(plain?.provenance).toEqual([listing]);
  });

  it('rejects a request without sighting', async () => {
    const { db, response } = await upsert({ papers: records });
    expect(response.ok).toBe(false);
    expect(response.code).toBe('invalid-message');
    expect(response.error).toMatch(/^Invalid message: sighting /);
    expect(await db.papers.count()).toBe(0);
  });

  it('rejects an invalid sighting', async () => {
    const sighting = { ...SCHOLAR_SIGHTING, pageUrl: 'javascript:alert(1)' };
    const { db, response } = await upsert({ sighting, papers: records });
    expect(response.ok).toBe(false);
    expect(response.code).toBe('invalid-message');
    expect(response.error).toMatch(/^Invalid message: sighting\.pageUrl /);
    expect(await db.papers.count()).toBe(0);
  });

  it('names a record with a bad listing kind', async () => {
    const { db, response } = await upsert({ sighting: listing, papers: [{ ...records[0]!, listingKind: 'pinned' }, records[1]!] });
    expect(response.ok).toBe(true);
    expect(response.rejected).toEqual([{ index: 0, error: 'invalid listingKind in record 0 ("Reef fish in warming seas")' }]);
    expect(response.states?.[0]).toBeNull();
    expect(await db.papers.count()).toBe(1);
  });

  it('ignores provenance sent with a record', async () => {
    const elsewhere = { ...records[0]!, provenance: [{ ...SCHOLAR_SIGHTING, profile: 'google-scholar:ZZZZ' }] };
    const { db } = await upsert({ sighting: SCHOLAR_SIGHTING, papers: [elsewhere] });
    expect((await db.papers.get(reef.id))?.provenance).toEqual([SCHOLAR_SIGHTING]);
  });
});
