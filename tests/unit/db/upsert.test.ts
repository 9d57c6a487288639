import { afterEach, describe, expect, it } from 'vitest';
import { tagStoredPapers, upsertPapers, type Tagger } from '../../../lib/db/papers';
import type { Paper, Topic } from '../../../lib/model';
import { SCHOLAR_PROFILE, scholarPaper } from '../../helpers/papers';
import type { ScholarLensDatabase } from '../../../lib/db/database';
import { deleteTestDatabases, freshDatabase } from '../../helpers/database';

afterEach(deleteTestDatabases);

const DAY0 = '2026-03-01T08:00:00.000Z';
const SAME_DAY = '2026-03-01T17:00:00.000Z';
const NEXT_DAY = '2026-03-02T09:00:00.000Z';

const PROFILE = SCHOLAR_PROFILE;

const fjord = scholarPaper({ title: 'Fjord circulation in winter', ids: { scholarArticle: 'QQQQ:AAAA', scholarClusters: ['111'] } });
const salt = scholarPaper({ title: 'Salt wedges in tidal rivers', ids: { scholarArticle: 'QQQQ:BBBB' } });

/** Returns the paper with every sighting at `time`. */
function seenAt(paper: Paper, time: string, overrides: Partial<Paper> = {}): Paper {
  return { ...paper, ...overrides, provenance: paper.provenance.map((sighting) => ({ ...sighting, firstSeen: time, lastSeen: time })) };
}

const OCEANOGRAPHY: Topic = { field: 'Earth Sciences', label: 'Oceanography', score: 0.8, tier: 'lexicon', class: 'physics.ao-ph' };

/** Stores papers as a page does, then tags them, and returns their stored states with the new topics. */
async function storeAndTag(db: ScholarLensDatabase, papers: Paper[], now: string, tag: Tagger) {
  const states = await upsertPapers(db, PROFILE, papers, now);
  const topics = await tagStoredPapers(db, states.map((state) => state.id), `google-scholar:${PROFILE.id}`, tag);
  return states.map((state, index) => ({ ...state, topics: topics[index] ?? state.topics }));
}

/** Returns a tagger that gives every paper one topic, and the titles of each call to it. */
function recordingTagger(): { tag: Tagger; titles: string[][] } {
  const titles: string[][] = [];
  const tag: Tagger = {
    version: '1',
    tagPapers: (papers) => {
      titles.push(papers.map((paper) => paper.title));
      return papers.map(() => [OCEANOGRAPHY]);
    },
  };
  return { tag, titles };
}

describe('upsertPapers writes', () => {
  it('skips a same-day sighting that changes nothing', async () => {
    const db = freshDatabase();
    await upsertPapers(db, PROFILE, [seenAt(fjord, DAY0)], DAY0);
    await upsertPapers(db, PROFILE, [seenAt(fjord, SAME_DAY)], SAME_DAY);
    const stored = await db.papers.get(fjord.id);
    expect(stored?.updatedAt).toBe(DAY0);
    expect(stored?.provenance[0]?.lastSeen).toBe(DAY0);
  });

  it('refreshes the sighting time a day later', async () => {
    const db = freshDatabase();
    await upsertPapers(db, PROFILE, [seenAt(fjord, DAY0)], DAY0);
    await upsertPapers(db, PROFILE, [seenAt(fjord, NEXT_DAY)], NEXT_DAY);
    const stored = await db.papers.get(fjord.id);
    expect(stored?.updatedAt).toBe(NEXT_DAY);
    expect(stored?.provenance[0]?.lastSeen).toBe(NEXT_DAY);
    expect(stored?.provenance[0]?.firstSeen).toBe(DAY0);
  });

  it('keeps the latest listing kind', async () => {
    const db = freshDatabase();
    const listed = (kind: 'new' | 'replacement', time: string): Paper => ({
      ...seenAt(fjord, time),
      provenance: [{ ...fjord.provenance[0]!, site: 'arxiv', profile: null, firstSeen: time, lastSeen: time, listingKind: kind }],
    });
    await upsertPapers(db, null, [listed('new', DAY0)], DAY0);
    await upsertPapers(db, null, [listed('replacement', NEXT_DAY)], NEXT_DAY);
    const stored = await db.papers.get(fjord.id);
    expect(stored?.provenance).toHaveLength(1);
    expect(stored?.provenance[0]?.listingKind).toBe('replacement');
  });

  it('writes a same-day change', async () => {
    const db = freshDatabase();
    await upsertPapers(db, PROFILE, [seenAt(fjord, DAY0)], DAY0);
    await upsertPapers(db, PROFILE, [seenAt(fjord, SAME_DAY, { citations: 41 })], SAME_DAY);
    const stored = await db.papers.get(fjord.id);
    expect(stored?.citations).toBe(41);
    expect(stored?.updatedAt).toBe(SAME_DAY);
    expect(stored?.fieldSources?.citations?.seenAt).toBe(SAME_DAY);
  });

  it('returns the stored state of skipped records', async () => {
    const db = freshDatabase();
    await storeAndTag(db, [seenAt(fjord, DAY0), seenAt(salt, DAY0)], DAY0, recordingTagger().tag);
    const states = await upsertPapers(db, PROFILE, [seenAt(fjord, SAME_DAY), seenAt(salt, SAME_DAY)], SAME_DAY);
    expect(states.map((state) => state.id)).toEqual([fjord.id, salt.id]);
    expect(states.map((state) => state.topics)).toEqual([[OCEANOGRAPHY], [OCEANOGRAPHY]]);
  });
});

describe('tagStoredPapers after upsertPapers', () => {
  it('tags new papers', async () => {
    const db = freshDatabase();
    const { tag, titles } = recordingTagger();
    const states = await storeAndTag(db, [fjord, salt], DAY0, tag);
    expect(titles).toEqual([[fjord.title, salt.title]]);
    expect(states[0]?.topics).toEqual([OCEANOGRAPHY]);
  });

  it('keeps stored tags for unchanged text', async () => {
    const db = freshDatabase();
    const { tag, titles } = recordingTagger();
    await storeAndTag(db, [fjord, salt], DAY0, tag);
    const states = await storeAndTag(db, [fjord, salt], NEXT_DAY, tag);
    expect(titles).toHaveLength(1);
    expect(states[1]?.topics).toEqual([OCEANOGRAPHY]);
  });

  it('tags a paper again when its venue changes', async () => {
    const db = freshDatabase();
    const { tag, titles } = recordingTagger();
    await storeAndTag(db, [fjord, salt], DAY0, tag);
    await storeAndTag(db, [fjord, { ...salt, venue: 'Estuarine Dynamics' }], NEXT_DAY, tag);
    expect(titles).toEqual([[fjord.title, salt.title], [salt.title]]);
  });

  it('tags again after a tagger update', async () => {
    const db = freshDatabase();
    const { tag, titles } = recordingTagger();
    await storeAndTag(db, [fjord], DAY0, tag);
    await storeAndTag(db, [fjord], NEXT_DAY, tag);
    await storeAndTag(db, [fjord], NEXT_DAY, { ...tag, version: '2' });
    expect(titles).toEqual([[fjord.title], [fjord.title]]);
  });

  it('keeps an empty tagger result without tagging again', async () => {
    const db = freshDatabase();
    const titles: string[][] = [];
    const untaggable: Tagger = {
      version: '1',
      tagPapers: (papers) => {
        titles.push(papers.map((paper) => paper.title));
        return papers.map(() => []);
      },
    };
    await storeAndTag(db, [fjord], DAY0, untaggable);
    await storeAndTag(db, [fjord], NEXT_DAY, untaggable);
    expect(titles).toEqual([[fjord.title]]);
  });
});

describe('upsertPapers matching', () => {
  it('finds an entry that took another id', async () => {
    const db = freshDatabase();
    const duplicate = scholarPaper({ title: 'Fjord circulation in winter', ids: { scholarArticle: 'QQQQ:CCCC', scholarClusters: ['111'] } });
    const first = await upsertPapers(db, PROFILE, [fjord, duplicate], DAY0);
    const again = await upsertPapers(db, PROFILE, [fjord, duplicate], NEXT_DAY);
    expect(first[1]?.id).not.toBe(duplicate.id);
    expect(again.map((state) => state.id)).toEqual(first.map((state) => state.id));
    expect(await db.papers.count()).toBe(2);
  });

  it('matches one row of a larger profile', async () => {
    const db = freshDatabase();
    const ice = scholarPaper({ title: 'Ice shelves and fjord sills', ids: { scholarArticle: 'QQQQ:DDDD' } });
    await upsertPapers(db, PROFILE, [fjord, salt, ice], DAY0);
    const [state] = await upsertPapers(db, PROFILE, [seenAt(salt, SAME_DAY, { citations: 12 })], SAME_DAY);
    expect(state?.id).toBe(salt.id);
    expect((await db.papers.get(salt.id))?.citations).toBe(12);
    expect(await db.papers.count()).toBe(3);
  });

  it('merges entries sharing an arXiv id', async () => {
    const db = freshDatabase();
    const entries = ['2207.01234', '2207.01234v3', '2207.01234v2'].map((written, index) =>
      scholarPaper({
        title: index === 0 ? 'Sparse probes of lensing maps' : 'Sparse Probes of Lensing Maps',
        ids: { scholarArticle: `QQQQ:SP${index}`, arxiv: '2207.01234' },
        venue: `arXiv preprint arXiv:${written}`,
        ...(written.includes('v') && { arxivVersion: Number(written.split('v')[1]) }),
      }),
    );
    const states = await upsertPapers(db, PROFILE, entries, DAY0);
    expect(new Set(states.map((state) => state.id)).size).toBe(1);
    expect(await db.papers.count()).toBe(1);
    expect((await db.papers.toArray())[0]?.arxivVersion).toBe(3);
  });

  it('keeps entries with different arXiv ids apart', async () => {
    const db = freshDatabase();
    const first = scholarPaper({ title: 'Sparse probes of lensing maps', ids: { scholarArticle: 'QQQQ:SP0', arxiv: '2207.01234', scholarClusters: ['7'] } });
    const second = scholarPaper({ title: 'Sparse probes of lensing maps', ids: { scholarArticle: 'QQQQ:SP1', arxiv: '2207.05678', scholarClusters: ['7'] } });
    await upsertPapers(db, PROFILE, [first, second], DAY0);
    expect(await db.papers.count()).toBe(2);
  });

  it('writes records changed after their slice', async () => {
    const db = freshDatabase();
    const rows = Array.from({ length: 240 }, (_, index) =>
      scholarPaper({ title: `Tidal mixing in fjord basin ${index}`, ids: { scholarArticle: `QQQQ:F${index}` } }),
    );
    const title = 'Deep water renewal over fjord sills';
    const preprint = scholarPaper({ title, ids: { scholarArticle: 'QQQQ:PRE', arxiv: '2301.01234' }, venue: 'arXiv preprint arXiv:2301.01234' });
    const published = scholarPaper({ title, ids: { scholarArticle: 'QQQQ:PUB', doi: '10.1000/fjord.7' }, venue: 'Journal of Fjords' });
    rows[0] = preprint;
    rows[180] = seenAt(rows[3]!, DAY0, { citations: 99 });
    rows[200] = published;
    const states = await upsertPapers(db, PROFILE, rows, DAY0);
    expect(await db.papers.count()).toBe(239);
    expect((await db.papers.get(states[3]!.id))?.citations).toBe(99);
    expect((await db.papers.get(states[0]!.id))?.versions).toEqual([states[200]!.id]);
    expect((await db.papers.get(states[200]!.id))?.versions).toEqual([states[0]!.id]);
  });

  it('merges a stored paper of another profile on a first visit', async () => {
    const db = freshDatabase();
    await upsertPapers(db, PROFILE, [fjord], DAY0);
    const onCoauthor = scholarPaper({
      title: fjord.title,
      ids: { scholarArticle: 'TTTT:ZZZZ', scholarClusters: ['111'] },
      provenance: [{ ...fjord.provenance[0]!, profile: 'google-scholar:TTTT' }],
    });
    const [state] = await upsertPapers(db, { ...PROFILE, id: 'TTTT' }, [onCoauthor], SAME_DAY);
    expect(state?.id).toBe(fjord.id);
    expect(await db.papers.count()).toBe(1);
  });
});
