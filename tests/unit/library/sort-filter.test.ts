import { describe, expect, it } from 'vitest';
import { matchesFilters, NO_FILTERS } from '../../../lib/search/filter';
import { sortPapers } from '../../../lib/search/sort';
import { storedPaper } from '../pages/seed';

const ids = (papers: { id: string }[]) => papers.map((paper) => paper.id);

describe('sortPapers', () => {
  const papers = [
    storedPaper('n', { title: 'No year', year: null, citations: null, addedAt: '2024-01-03T00:00:00.000Z' }),
    storedPaper('o', { title: 'Old', year: 1999, citations: 500, addedAt: '2024-01-01T00:00:00.000Z' }),
    storedPaper('r', { title: 'recent', year: 2023, citations: 0, addedAt: '2024-01-02T00:00:00.000Z', savedAt: '2024-02-01T00:00:00.000Z' }),
    storedPaper('a', { title: 'Ängström', year: 2023, citations: 7, addedAt: '2024-01-01T00:00:00.000Z' }),
  ];

  it('sorts year, nulls last', () => {
    expect(ids(sortPapers(papers, 'year'))).toEqual(['a', 'r', 'o', 'n']);
  });

  it('sorts citations, nulls last', () => {
    expect(ids(sortPapers(papers, 'citations'))).toEqual(['o', 'a', 'r', 'n']);
  });

  it('sorts title ignoring case and accents', () => {
    expect(ids(sortPapers(papers, 'title'))).toEqual(['a', 'n', 'o', 'r']);
  });

  it('sorts date added by saved time', () => {
    expect(ids(sortPapers(papers, 'added'))).toEqual(['r', 'n', 'a', 'o']);
  });

  it('leaves input unchanged', () => {
    sortPapers(papers, 'year');
    expect(ids(papers)).toEqual(['n', 'o', 'r', 'a']);
  });
});

describe('matchesFilters', () => {
  const code = [{ url: 'https://github.com/a/b', source: 'page-link' as const, site: 'google-scholar' as const }];
  const topic = { field: 'Computer Science', label: 'Databases', score: 1, tier: 'lexicon' as const };
  const paper = storedPaper('p', { saved: 1, year: 2020, codeLinks: code, topics: [topic] });
  const all = { ...NO_FILTERS, scope: 'all' as const };

  it.each<[string, Partial<typeof NO_FILTERS>, boolean]>([
    ['saved scope', { scope: 'saved' }, true],
    ['site match', { site: 'google-scholar' }, true],
    ['site mismatch', { site: 'dblp' }, false],
    ['profile match', { profile: 'google-scholar:abc123' }, true],
    ['profile mismatch', { profile: 'google-scholar:other' }, false],
    ['year in range', { yearFrom: 2020, yearTo: 2020 }, true],
    ['year below', { yearFrom: 2021 }, false],
    ['year above', { yearTo: 2019 }, false],
    ['years entered reversed', { yearFrom: 2023, yearTo: 2019 }, true],
    ['reversed range excluding', { yearFrom: 2023, yearTo: 2021 }, false],
    ['topic match', { topic: 'Databases' }, true],
    ['topic mismatch', { topic: 'Robotics' }, false],
    ['has code', { hasCode: true }, true],
  ])('%s', (_name, change, expected) => {
    expect(matchesFilters(paper, { ...all, ...change })).toBe(expected);
  });

  it('rejects unsaved in saved scope', () => {
    expect(matchesFilters({ ...paper, saved: 0 }, NO_FILTERS)).toBe(false);
  });

  it('rejects unknown year under bound', () => {
    expect(matchesFilters({ ...paper, year: null }, { ...all, yearFrom: 1900 })).toBe(false);
  });

  it('rejects no code when required', () => {
    expect(matchesFilters({ ...paper, codeLinks: [] }, { ...all, hasCode: true })).toBe(false);
  });

  it('prefers user topics', () => {
    const corrected = { ...paper, userTopics: [{ ...topic, label: 'Robotics' }] };
    expect(matchesFilters(corrected, { ...all, topic: 'Databases' })).toBe(false);
    expect(matchesFilters(corrected, { ...all, topic: 'Robotics' })).toBe(true);
  });
});
