import { describe, expect, it } from 'vitest';
import { createStored } from '../../../lib/db/merge';
import { mergeImported } from '../../../lib/db/merge-import';
import { IMPORT_PAGE_URL } from '../../../lib/import/entry';
import type { Paper, Topic } from '../../../lib/model';
import { scholarPaper } from '../../helpers/papers';

const STORED_AT = '2026-01-01T00:00:00.000Z';
const IMPORTED_AT = '2026-03-01T00:00:00.000Z';
const LATER = '2026-04-01T00:00:00.000Z';

const LEXICON: Topic = { field: 'Agricultural and Biological Sciences', label: 'Agricultural and Biological Sciences', score: 0.6, tier: 'venue' };
const DATABASES: Topic = { field: 'Computer Science', class: 'cs.DB', label: 'Databases', score: 0.3, tier: 'lexicon' };

const pig = scholarPaper({
  title: 'Pig carcass grading with image analysis',
  authors: [{ name: 'A Rossi', siteId: 'QQQQ' }, { name: 'B Okafor' }],
  venue: 'Meat Science 49 (2), 137-144',
  year: 1998,
  citations: 40,
  citationsMerged: true,
  ids: { scholarArticle: 'QQQQ:PIGS', doi: '10.1016/pigs' },
  topics: [LEXICON],
});

/** Builds the pig paper as an import file gives it: fewer fields, and one sighting on the import page. */
function imported(overrides: Partial<Paper> = {}): Paper {
  return {
    ...pig,
    venue: 'Meat Science',
    citations: null,
    ids: { doi: '10.1016/pigs' },
    topics: [],
    provenance: [{ site: 'import', profile: null, pageUrl: IMPORT_PAGE_URL, firstSeen: IMPORTED_AT, lastSeen: IMPORTED_AT }],
    ...overrides,
  } as Paper;
}

function merge(stored: Paper, seen: Paper) {
  return mergeImported(createStored(stored, STORED_AT), seen, IMPORTED_AT);
}

describe('mergeImported', () => {
  it('keeps fuller stored venue', () => {
    const merged = merge(pig, imported());
    expect(merged.venue).toBe('Meat Science 49 (2), 137-144');
  });

  it('extends stored venue name', () => {
    const merged = merge({ ...pig, venue: 'Meat Science' }, imported({ venue: 'Meat Science 49 (2), 137-144' }));
    expect(merged.venue).toBe('Meat Science 49 (2), 137-144');
    expect(merged.fieldSources?.venue?.site).toBe('import');
  });

  it('adds pages to stored volume and issue', () => {
    const merged = merge({ ...pig, venue: 'Meat Science 49 (2)' }, imported({ venue: 'Meat Science 49 (2), 137-144' }));
    expect(merged.venue).toBe('Meat Science 49 (2), 137-144');
    expect(merge({ ...pig, venue: 'Meat Science 49 (3)' }, imported({ venue: 'Meat Science 49 (2), 137-144' })).venue).toBe('Meat Science 49 (3)');
  });

  it('keeps venue of other name', () => {
    const merged = merge({ ...pig, venue: 'Nature' }, imported({ venue: 'Nature Communications 12, 1-10' }));
    expect(merged.venue).toBe('Nature');
  });

  it('completes truncated stored venue', () => {
    const stored = { ...pig, venue: 'Proceedings of the 2019 Conference on Empirical …', venueTruncated: true };
    const whole = 'Proceedings of the 2019 Conference on Empirical Methods in Natural Language Processing, 11-20';
    const merged = merge(stored, imported({ venue: whole }));
    expect(merged.venue).toBe(whole);
    expect(merged.venueTruncated).toBeUndefined();
    expect(merge(stored, imported({ venue: stored.venue })).venueTruncated).toBe(true);
  });

  it('fills missing fields only', () => {
    const merged = merge({ ...pig, venue: null, year: null }, imported({ title: 'PIG CARCASS GRADING', year: 1999, abstract: 'Pigs.', type: 'journal' }));
    expect(merged.title).toBe(pig.title);
    expect(merged.venue).toBe('Meat Science');
    expect(merged.year).toBe(1999);
    expect(merged.abstract).toBe('Pigs.');
    expect(merged.type).toBe('journal');
    expect(merge(pig, imported({ year: 1999 })).year).toBe(1998);
  });

  it('keeps citations and their flags', () => {
    const merged = merge(pig, imported());
    expect(merged.citations).toBe(40);
    expect(merged.citationsMerged).toBe(true);
  });

  it('keeps longer stored author list', () => {
    const merged = merge(pig, imported({ authors: [{ name: 'Anna Rossi' }] }));
    expect(merged.authors).toEqual(pig.authors);
  });

  it('takes fuller list over truncated', () => {
    const stored = { ...pig, authors: [{ name: 'A Rossi', siteId: 'QQQQ' }], authorsTruncated: true };
    const merged = merge(stored, imported({ authors: [{ name: 'A Rossi' }, { name: 'B Okafor' }, { name: 'C Lund' }], authorsTruncated: false }));
    expect(merged.authors).toEqual([{ name: 'A Rossi', siteId: 'QQQQ' }, { name: 'B Okafor' }, { name: 'C Lund' }]);
    expect(merged.authorsTruncated).toBe(false);
  });

  it('keeps stored topics and ids', () => {
    const merged = merge(pig, imported({ topics: [DATABASES], ids: { doi: '10.1016/pigs', scholarArticle: 'ZZZZ:OTHER', arxiv: '9801.00001' } }));
    expect(merged.topics).toEqual([LEXICON]);
    expect(merged.ids).toEqual({ scholarArticle: 'QQQQ:PIGS', doi: '10.1016/pigs', arxiv: '9801.00001' });
    expect(merge({ ...pig, topics: [] }, imported({ topics: [DATABASES] })).topics).toEqual([DATABASES]);
  });

  it('credits import with filled fields', () => {
    const merged = merge({ ...pig, year: null }, imported());
    expect(merged.fieldSources?.title?.site).toBe('google-scholar');
    expect(merged.fieldSources?.authors?.site).toBe('google-scholar');
    expect(merged.fieldSources?.year?.site).toBe('import');
  });

  it('moves no sighting time back', () => {
    const stored = createStored({ ...pig, provenance: pig.provenance.map((sighting) => ({ ...sighting, lastSeen: LATER })) }, STORED_AT);
    const backup = imported({ provenance: pig.provenance.map((sighting) => ({ ...sighting, firstSeen: '2025-06-01T00:00:00.000Z' })) });
    const [sighting] = mergeImported(stored, backup, IMPORTED_AT).provenance;
    expect(sighting?.lastSeen).toBe(LATER);
    expect(sighting?.firstSeen).toBe('2025-06-01T00:00:00.000Z');
  });
});
