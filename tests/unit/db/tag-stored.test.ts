import { afterEach, describe, expect, it } from 'vitest';
import { upsertPapers, type Tagger } from '../../../lib/db/papers';
import { tagStoredPapers } from '../../../lib/db/tag-stored';
import type { Topic } from '../../../lib/model';
import { SCHOLAR_PROFILE, scholarPaper } from '../../helpers/papers';
import { deleteTestDatabases, freshDatabase } from '../../helpers/database';

afterEach(deleteTestDatabases);

const NOW = '2026-03-01T08:00:00.000Z';
const OCEANOGRAPHY: Topic = { field: 'Earth Sciences', label: 'Oceanography', score: 0.8, tier: 'lexicon', class: 'physics.ao-ph' };
const CATEGORY: Topic = { field: 'Physics and Astronomy', label: 'Fluid Dynamics', score: 1, tier: 'arxiv-category', class: 'physics.flu-dyn' };

/** Returns a tagger of one version that gives every paper one topic, and the titles of each call. */
function countingTagger(version: string): { tag: Tagger; calls: string[][] } {
  const calls: string[][] = [];
  const tag: Tagger = {
    version,
    tagPapers: (papers) => {
      calls.push(papers.map((paper) => paper.title));
      return papers.map(() => [OCEANOGRAPHY]);
    },
  };
  return { tag, calls };
}

const fjord = scholarPaper({ title: 'Fjord circulation in winter', ids: { scholarArticle: 'QQQQ:AAAA' } });

describe('tagStoredPapers', () => {
  it('tags each stored paper once', async () => {
    const db = freshDatabase();
    await upsertPapers(db, SCHOLAR_PROFILE, [fjord], NOW);
    const { tag, calls } = countingTagger('1');
    expect(await tagStoredPapers(db, [fjord.id, fjord.id, 'p-missing'], null, tag)).toEqual([[OCEANOGRAPHY], [OCEANOGRAPHY], null]);
    expect(await tagStoredPapers(db, [fjord.id], null, tag)).toEqual([null]);
    expect(calls).toEqual([['Fjord circulation in winter']]);
    expect((await db.papers.get(fjord.id))?.topics).toEqual([OCEANOGRAPHY]);
  });

  it('tags again after a tagger update', async () => {
    const db = freshDatabase();
    await upsertPapers(db, SCHOLAR_PROFILE, [fjord], NOW);
    await tagStoredPapers(db, [fjord.id], null, countingTagger('1').tag);
    expect(await tagStoredPapers(db, [fjord.id], null, countingTagger('2').tag)).toEqual([[OCEANOGRAPHY]]);
  });

  it('keeps arXiv categories first', async () => {
    const db = freshDatabase();
    await upsertPapers(db, SCHOLAR_PROFILE, [{ ...fjord, topics: [CATEGORY] }], NOW);
    const [topics] = await tagStoredPapers(db, [fjord.id], null, countingTagger('1').tag);
    expect(topics).toEqual([CATEGORY, OCEANOGRAPHY]);
  });

  it('passes the profile mix as prior', async () => {
    const db = freshDatabase();
    await upsertPapers(db, SCHOLAR_PROFILE, [fjord], NOW);
    let prior: readonly (readonly Topic[])[] = [];
    const tag: Tagger = { version: '1', tagPapers: (papers, known) => ((prior = known), papers.map(() => [])) };
    await tagStoredPapers(db, [fjord.id], `google-scholar:${SCHOLAR_PROFILE.id}`, tag);
    expect(prior).toEqual([[]]);
  });
});
