import { afterEach, describe, expect, it } from 'vitest';
import { libraryStats, setSaved, upsertPapers } from '../../../lib/db/papers';
import { SCHOLAR_PROFILE, scholarPaper } from '../../helpers/papers';
import { deleteTestDatabases, freshDatabase } from '../../helpers/database';

afterEach(deleteTestDatabases);

const fjord = scholarPaper({ title: 'Fjord circulation in winter', ids: { scholarArticle: 'QQQQ:AAAA', scholarClusters: ['111'] } });
const salt = scholarPaper({ title: 'Salt wedges in tidal rivers', ids: { scholarArticle: 'QQQQ:BBBB' } });

describe('upsertPapers', () => {
  it('stores each paper once', async () => {
    const db = freshDatabase();
    await upsertPapers(db, null, [fjord, salt]);
    await upsertPapers(db, null, [fjord, salt]);
    expect(await db.papers.count()).toBe(2);
  });

  it('updates a paper seen again', async () => {
    const db = freshDatabase();
    await upsertPapers(db, null, [fjord], '2026-01-01T00:00:00.000Z');
    const later = { ...fjord, citations: 40, provenance: [{ ...fjord.provenance[0]!, lastSeen: '2026-02-01T00:00:00.000Z' }] };
    await upsertPapers(db, null, [later], '2026-02-01T00:00:00.000Z');
    const stored = await db.papers.get(fjord.id);
    expect(stored?.citations).toBe(40);
    expect(stored?.provenance).toHaveLength(1);
    expect(stored?.provenance[0]?.firstSeen).toBe('2026-01-01T00:00:00.000Z');
    expect(stored?.provenance[0]?.lastSeen).toBe('2026-02-01T00:00:00.000Z');
  });

  it('keeps a version count a later sighting lacks', async () => {
    const db = freshDatabase();
    await upsertPapers(db, null, [{ ...fjord, siteVersions: 4 }], '2026-01-01T00:00:00.000Z');
    await upsertPapers(db, null, [{ ...fjord, citations: 41 }], '2026-02-01T00:00:00.000Z');
    const stored = await db.papers.get(fjord.id);
    expect(stored?.citations).toBe(41);
    expect(stored?.siteVersions).toBe(4);

    await upsertPapers(db, null, [{ ...fjord, siteVersions: 5 }], '2026-03-01T00:00:00.000Z');
    expect((await db.papers.get(fjord.id))?.siteVersions).toBe(5);
  });

  it('keeps the stored id when a stronger id appears', async () => {
    const db = freshDatabase();
    const [first] = await upsertPapers(db, null, [salt]);
    const withArxiv = scholarPaper({ title: salt.title, ids: { scholarArticle: 'QQQQ:BBBB', arxiv: '2405.13401' } });
    expect(withArxiv.id).not.toBe(salt.id);
    const [second] = await upsertPapers(db, null, [withArxiv]);
    expect(second?.id).toBe(first?.id);
    expect(await db.papers.count()).toBe(1);
    expect((await db.papers.get(salt.id))?.ids.arxiv).toBe('2405.13401');
  });

  it('matches the same work from another profile by cluster id', async () => {
    const db = freshDatabase();
    await upsertPapers(db, null, [fjord]);
    const onCoauthor = scholarPaper({
      title: 'Fjord circulation in winter',
      ids: { scholarArticle: 'TTTT:ZZZZ', scholarClusters: ['111'] },
      provenance: [{ ...fjord.provenance[0]!, profile: 'google-scholar:TTTT' }],
    });
    const [state] = await upsertPapers(db, null, [onCoauthor]);
    expect(state?.id).toBe(fjord.id);
    expect((await db.papers.get(fjord.id))?.profileKeys).toEqual(['google-scholar:QQQQ', 'google-scholar:TTTT']);
  });

  it('keeps two entries of one profile apart', async () => {
    const db = freshDatabase();
    const duplicate = scholarPaper({ title: 'Fjord circulation in winter', ids: { scholarArticle: 'QQQQ:CCCC', scholarClusters: ['111'] } });
    await upsertPapers(db, null, [fjord, duplicate]);
    expect(await db.papers.count()).toBe(2);
  });

  it('keeps saved state across visits', async () => {
    const db = freshDatabase();
    await upsertPapers(db, null, [fjord]);
    await setSaved(db, fjord.id, true);
    const [state] = await upsertPapers(db, null, [{ ...fjord, citations: 99 }]);
    expect(state?.saved).toBe(true);
    expect(await libraryStats(db)).toEqual({ stored: 1, saved: 1 });
  });

  it('keeps a complete author list over a truncated one', async () => {
    const db = freshDatabase();
    const complete = { ...salt, authors: [{ name: 'T Arvidsen' }, { name: 'M Solberg' }, { name: 'A Lindqvist' }] };
    await upsertPapers(db, null, [complete]);
    await upsertPapers(db, null, [{ ...salt, authors: [{ name: 'T Arvidsen' }, { name: 'M Solberg' }], authorsTruncated: true }]);
    const stored = await db.papers.get(salt.id);
    expect(stored?.authors).toHaveLength(3);
    expect(stored?.authorsTruncated).toBe(false);
  });

  it('loses nothing when two tabs write at once', async () => {
    const db = freshDatabase();
    const third = scholarPaper({ title: 'Ice shelves and fjord sills', ids: { scholarArticle: 'QQQQ:CCCC' } });
    await upsertPapers(db, null, [fjord]);
    await Promise.all([
      upsertPapers(db, null, [fjord, salt]),
      setSaved(db, fjord.id, true),
      upsertPapers(db, null, [fjord, third]),
    ]);
    expect(await db.papers.count()).toBe(3);
    expect((await db.papers.get(fjord.id))?.saved).toBe(1);
  });

  it('stores the profile', async () => {
    const db = freshDatabase();
    await upsertPapers(db, SCHOLAR_PROFILE, [fjord]);
    expect((await db.profiles.get('google-scholar:QQQQ'))?.name).toBe('Maren Solberg');
  });
});

describe('setSaved', () => {
  it('returns null for an unknown id', async () => {
    expect(await setSaved(freshDatabase(), 'p-missing', true)).toBeNull();
  });

  it('saves and unsaves', async () => {
    const db = freshDatabase();
    await upsertPapers(db, null, [fjord]);
    expect((await setSaved(db, fjord.id, true))?.saved).toBe(true);
    expect((await db.papers.get(fjord.id))?.savedAt).not.toBeNull();
    expect((await setSaved(db, fjord.id, false))?.saved).toBe(false);
    expect((await db.papers.get(fjord.id))?.savedAt).toBeNull();
  });
});
