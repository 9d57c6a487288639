import { afterEach, describe, expect, it } from 'vitest';
import { upsertPapers } from '../../../lib/db/papers';
import { titleKeys } from '../../../lib/db/match';
import { seenOn } from './records';
import { deleteTestDatabases, freshDatabase } from '../../helpers/database';

afterEach(deleteTestDatabases);

describe('cross-site matching', () => {
  it('matches by DOI first', async () => {
    const db = freshDatabase();
    const [first] = await upsertPapers(db, null, [seenOn('dblp', { title: 'Graph Sketches', type: 'conference', ids: { doi: '10.5555/x.1', dblpKey: 'conf/icxx/S23' } })]);
    const [second] = await upsertPapers(db, null, [seenOn('arxiv', { title: 'Graph sketches for joins', ids: { doi: '10.5555/x.1', arxiv: '2301.04321' } })]);
    expect(second?.id).toBe(first?.id);
    expect(await db.papers.count()).toBe(1);
  });

  it('merges bare and versioned arXiv ids', async () => {
    const db = freshDatabase();
    const scholar = seenOn('google-scholar', { title: 'Sparse probes of lensing maps', venue: 'arXiv preprint arXiv:2207.01234', ids: { arxiv: '2207.01234' } });
    const listing = seenOn('arxiv', { title: 'Sparse Probes of Lensing Maps', ids: { arxiv: '2207.01234' }, arxivVersion: 3 });
    const dblp = seenOn('dblp', { title: 'Sparse Probes of Lensing Maps', type: 'informal', ids: { arxiv: '2207.01234', dblpKey: 'journals/corr/abs-2207-01234' }, arxivVersion: 2 });
    const states = [
      ...(await upsertPapers(db, null, [scholar])),
      ...(await upsertPapers(db, null, [listing])),
      ...(await upsertPapers(db, null, [dblp])),
    ];
    expect(new Set(states.map((state) => state.id)).size).toBe(1);
    const [stored] = await db.papers.toArray();
    expect(await db.papers.count()).toBe(1);
    expect(stored?.ids.arxiv).toBe('2207.01234');
    expect(stored?.arxivVersion).toBe(3);
    expect(stored?.provenance.map((entry) => entry.site)).toEqual(['google-scholar', 'arxiv', 'dblp']);
  });

  it('matches a dblp key seen again', async () => {
    const db = freshDatabase();
    const ids = { dblpKey: 'journals/jxx/Sorensen21' };
    const [first] = await upsertPapers(db, null, [seenOn('dblp', { title: 'Joins in practice', type: 'journal', ids })]);
    const [second] = await upsertPapers(db, null, [seenOn('dblp', { title: 'Joins in Practice (corrected)', type: 'journal', ids })]);
    expect(second?.id).toBe(first?.id);
  });

  it('matches a title within one year', async () => {
    const db = freshDatabase();
    const [scholar] = await upsertPapers(db, null, [seenOn('google-scholar', { title: 'Fjord Circulation in Winter', year: 2021, ids: { scholarArticle: 'QQQQ:AAAA' } })]);
    const [dblp] = await upsertPapers(db, null, [seenOn('dblp', { title: 'Fjord circulation in winter.', year: 2022, type: 'journal', ids: { dblpKey: 'journals/jcs/S22' } })]);
    expect(dblp?.id).toBe(scholar?.id);
  });

  it('keeps titles two years apart', async () => {
    const db = freshDatabase();
    await upsertPapers(db, null, [seenOn('google-scholar', { title: 'Fjord circulation in winter', year: 2020, ids: { scholarArticle: 'QQQQ:AAAA' } })]);
    await upsertPapers(db, null, [seenOn('dblp', { title: 'Fjord circulation in winter', year: 2022, type: 'journal', ids: { dblpKey: 'journals/jcs/S22' } })]);
    expect(await db.papers.count()).toBe(2);
  });

  it('keeps papers with different DOIs apart', async () => {
    const db = freshDatabase();
    await upsertPapers(db, null, [seenOn('dblp', { title: 'Introduction', type: 'journal', ids: { doi: '10.1/a', dblpKey: 'journals/a/X22' } })]);
    await upsertPapers(db, null, [seenOn('dblp', { title: 'Introduction', type: 'journal', ids: { doi: '10.1/b', dblpKey: 'journals/b/X22' } })]);
    const stored = await db.papers.toArray();
    expect(stored).toHaveLength(2);
    expect(stored.every((record) => !record.versions)).toBe(true);
  });

  it('lists title keys of close years', () => {
    expect(titleKeys('Fjord: Circulation!', 2021)).toEqual(['title:fjord circulation|2021', 'title:fjord circulation|2020', 'title:fjord circulation|2022']);
    expect(titleKeys('Fjord', null)).toEqual(['title:fjord|']);
  });
});

describe('versions of one work', () => {
  const conference = seenOn('dblp', {
    title: 'Assessing the Use of AutoML for Data-Driven Software Engineering',
    year: 2023,
    type: 'conference',
    ids: { doi: '10.1109/esem56168.2023.10304796', dblpKey: 'conf/esem/CalefatoQLK23' },
  });
  const preprint = seenOn('dblp', {
    title: 'Assessing the Use of AutoML for Data-Driven Software Engineering',
    year: 2023,
    type: 'informal',
    venue: 'CoRR abs/2307.10774',
    ids: { arxiv: '2307.10774', dblpKey: 'journals/corr/abs-2307-10774' },
  });

  it('links a conference paper and its preprint', async () => {
    const db = freshDatabase();
    const [published, early] = await upsertPapers(db, null, [conference, preprint]);
    expect(published?.id).not.toBe(early?.id);
    expect((await db.papers.get(published!.id))?.versions).toEqual([early?.id]);
    expect((await db.papers.get(early!.id))?.versions).toEqual([published?.id]);
  });

  it('links across upserts and years', async () => {
    const db = freshDatabase();
    const [early] = await upsertPapers(db, null, [{ ...preprint, year: 2022 }]);
    const [published] = await upsertPapers(db, null, [conference]);
    expect(await db.papers.count()).toBe(2);
    expect((await db.papers.get(early!.id))?.versions).toEqual([published?.id]);
  });

  it('links an arXiv page to the published paper', async () => {
    const db = freshDatabase();
    await upsertPapers(db, null, [conference]);
    const arxiv = seenOn('arxiv', { title: conference.title, year: 2023, type: 'informal', ids: { arxiv: '2307.10774' } });
    const [state] = await upsertPapers(db, null, [arxiv]);
    expect(await db.papers.count()).toBe(2);
    expect((await db.papers.get(state!.id))?.versions).toHaveLength(1);
  });

  it('puts a Scholar row on the published paper', async () => {
    const db = freshDatabase();
    const [published] = await upsertPapers(db, null, [preprint, conference]).then((states) => states.slice(1));
    const scholar = seenOn('google-scholar', { title: conference.title, year: 2023, venue: '2023 ACM/IEEE ESEM', ids: { scholarArticle: 'QQQQ:CCCC' } });
    const [state] = await upsertPapers(db, null, [scholar]);
    expect(state?.id).toBe(published?.id);
  });
});
