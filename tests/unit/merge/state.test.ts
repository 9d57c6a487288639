import { afterEach, describe, expect, it } from 'vitest';
import { mergeTopics } from '../../../lib/db/merge';
import { setSaved, upsertPapers } from '../../../lib/db/papers';
import type { CodeLink, Topic } from '../../../lib/model';
import { seenOn } from './records';
import { deleteTestDatabases, freshDatabase } from '../../helpers/database';

afterEach(deleteTestDatabases);

const CODE: CodeLink = { url: 'https://github.com/rquist/sparse-probes', source: 'comments', site: 'arxiv' };
const CATEGORY: Topic = { field: 'Physics and Astronomy', class: 'astro-ph.CO', label: 'Cosmology', score: 1, tier: 'arxiv-category' };
const LEXICON: Topic = { field: 'Computer Science', class: 'cs.LG', label: 'Machine Learning', score: 0.4, tier: 'lexicon' };
const USER: Topic = { field: 'Mathematics', label: 'Statistics', score: 1, tier: 'user' };

const arxivPage = seenOn('arxiv', {
  title: 'Sparse Probes of Lensing Maps',
  type: 'informal',
  abstract: 'We probe lensing maps sparsely.',
  ids: { arxiv: '2207.01234' },
  codeLinks: [CODE],
  topics: [CATEGORY],
}, '2026-01-01T00:00:00.000Z');
const scholarRow = seenOn('google-scholar', {
  title: 'Sparse probes of lensing maps',
  venue: 'arXiv preprint arXiv:2207.01234',
  citations: 12,
  ids: { arxiv: '2207.01234', scholarArticle: 'QQQQ:AAAA' },
  topics: [LEXICON],
}, '2026-01-02T00:00:00.000Z');
const dblpRow = seenOn('dblp', {
  title: 'Sparse Probes of Lensing Maps',
  type: 'informal',
  venue: 'CoRR abs/2207.01234',
  ids: { arxiv: '2207.01234', dblpKey: 'journals/corr/abs-2207-01234' },
  authors: [{ name: 'Rhea Quist', siteId: '123/4567-2' }],
  topics: [LEXICON],
}, '2026-01-03T00:00:00.000Z');

describe('merged state', () => {
  it('shows arXiv code and categories on other rows', async () => {
    const db = freshDatabase();
    await upsertPapers(db, null, [arxivPage]);
    const [scholar] = await upsertPapers(db, null, [scholarRow]);
    const [dblp] = await upsertPapers(db, null, [dblpRow]);
    for (const state of [scholar, dblp]) {
      expect(state?.codeLinks).toEqual([CODE]);
      expect(state?.topics[0]).toEqual(CATEGORY);
      expect(state?.topics).toContainEqual(LEXICON);
    }
  });

  it('shows a preprint code link on its published version', async () => {
    const db = freshDatabase();
    await upsertPapers(db, null, [arxivPage]);
    const published = seenOn('dblp', { title: arxivPage.title, type: 'journal', ids: { doi: '10.1093/mnras/stac1234', dblpKey: 'journals/mnras/Q22' } });
    const [state] = await upsertPapers(db, null, [published]);
    expect(state?.codeLinks).toEqual([CODE]);
    expect(state?.topics[0]).toEqual(CATEGORY);
    const stored = await db.papers.get(state!.id);
    expect(stored?.codeLinks).toEqual([]);
    const [saved] = [await setSaved(db, state!.id, true)];
    expect(saved?.codeLinks).toEqual([CODE]);
  });

  it('keeps saved state, note and tag corrections', async () => {
    const db = freshDatabase();
    const [state] = await upsertPapers(db, null, [scholarRow]);
    await setSaved(db, state!.id, true, '2026-01-05T00:00:00.000Z');
    await db.papers.update(state!.id, { note: 'read before the workshop', userTopics: [USER] });
    await upsertPapers(db, null, [arxivPage]);
    const [after] = await upsertPapers(db, null, [dblpRow]);
    const stored = await db.papers.get(state!.id);
    expect(after?.id).toBe(state?.id);
    expect(after?.saved).toBe(true);
    expect(after?.userTopics).toEqual([USER]);
    expect(stored?.saved).toBe(1);
    expect(stored?.savedAt).toBe('2026-01-05T00:00:00.000Z');
    expect(stored?.note).toBe('read before the workshop');
  });

  it('records where each field came from', async () => {
    const db = freshDatabase();
    await upsertPapers(db, null, [scholarRow]);
    await upsertPapers(db, null, [arxivPage]);
    const [state] = await upsertPapers(db, null, [dblpRow]);
    const sources = (await db.papers.get(state!.id))?.fieldSources;
    expect(sources?.citations).toEqual({ site: 'google-scholar', pageUrl: 'https://scholar.google.com/citations?user=QQQQ', seenAt: '2026-01-02T00:00:00.000Z' });
    expect(sources?.abstract?.site).toBe('arxiv');
    expect(sources?.title).toEqual({ site: 'dblp', pageUrl: 'https://dblp.org/pid/123/4567-2.html', seenAt: '2026-01-03T00:00:00.000Z' });
    expect(sources?.['ids.dblpKey']?.site).toBe('dblp');
    expect(sources?.['ids.scholarArticle']?.site).toBe('google-scholar');
  });

  it('keeps authors with person ids', async () => {
    const db = freshDatabase();
    await upsertPapers(db, null, [dblpRow]);
    const [state] = await upsertPapers(db, null, [{ ...scholarRow, authors: [{ name: 'R Quist' }] }]);
    const stored = await db.papers.get(state!.id);
    expect(stored?.authors).toEqual([{ name: 'Rhea Quist', siteId: '123/4567-2' }]);
    await upsertPapers(db, null, [{ ...scholarRow, authors: [{ name: 'R Quist' }, { name: 'B Okafor' }] }]);
    expect((await db.papers.get(state!.id))?.authors).toEqual([{ name: 'R Quist' }, { name: 'B Okafor' }]);
  });

  it('keeps the abstract and type of earlier sightings', async () => {
    const db = freshDatabase();
    await upsertPapers(db, null, [arxivPage]);
    const [state] = await upsertPapers(db, null, [scholarRow]);
    const stored = await db.papers.get(state!.id);
    expect(stored?.abstract).toBe('We probe lensing maps sparsely.');
    expect(stored?.type).toBe('informal');
    expect(stored?.citations).toBe(12);
  });
});

describe('mergeTopics', () => {
  it('keeps categories over lexicon tags', () => {
    expect(mergeTopics([CATEGORY], [LEXICON])).toEqual([CATEGORY, LEXICON]);
  });

  it('takes newer categories', () => {
    const other = { ...CATEGORY, class: 'astro-ph.GA', label: 'Galaxies' };
    expect(mergeTopics([CATEGORY, LEXICON], [other])).toEqual([other, LEXICON]);
  });
});
