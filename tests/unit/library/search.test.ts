import { describe, expect, it } from 'vitest';
import { PaperSearch } from '../../../lib/search';
import { storedPaper } from '../pages/seed';

const topic = (label: string) => ({ field: 'Computer Science', label, score: 1, tier: 'lexicon' as const });

const papers = [
  storedPaper('a', { title: 'Graph Neural Networks', venue: 'ICML', topics: [topic('Machine Learning')] }),
  storedPaper('b', { title: 'Query Optimizers', authors: [{ name: 'Grace Hopper' }], venue: 'VLDB' }),
  storedPaper('c', { title: '深度学习の基礎', authors: [{ name: 'Zoë Ørsted' }], venue: null }),
  storedPaper('d', { title: 'Type Systems', venue: 'POPL', userTopics: [topic('Programming Languages')], userTags: ['to-read'] }),
];

describe('PaperSearch', () => {
  const index = new PaperSearch(papers);

  it.each<[string, string[]]>([
    ['graph', ['a']],
    ['HOPPER', ['b']],
    ['popl type', ['d']],
    ['machine', ['a']],
    ['programming', ['d']],
    ['to-read', ['d']],
    ['zoë', ['c']],
    ['vld', ['b']],
  ])('finds %s', (query, expected) => {
    expect(index.search(query)).toEqual(expected);
  });

  it('returns null for blank query', () => {
    expect(index.search('   ')).toBeNull();
  });

  it('requires every term', () => {
    expect(index.search('graph hopper')).toEqual([]);
  });
});

describe('PaperSearch sync', () => {
  it('re-indexes changed papers', () => {
    const index = new PaperSearch([storedPaper('a', { title: 'Fjords' }), storedPaper('b', { title: 'Rivers' })]);

    index.sync([storedPaper('a', { title: 'Glaciers', updatedAt: '2025-01-01T00:00:00.000Z' })]);

    expect(index.search('fjords')).toEqual([]);
    expect(index.search('glaciers')).toEqual(['a']);
    expect(index.search('rivers')).toEqual([]);
  });

  it('matches one letter as word', () => {
    const index = new PaperSearch([storedPaper('a', { title: 'Vitamin C intake' }), storedPaper('b', { title: 'Calcium' })]);
    expect(index.search('c')).toEqual(['a']);
  });
});
