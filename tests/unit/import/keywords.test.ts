import { describe, expect, it } from 'vitest';
import { readKeywords } from '../../../lib/import/keywords';

describe('readKeywords', () => {
  it('separates topic labels from tags', () => {
    const { topics, tags } = readKeywords('Databases, Fjords; Computer Science, fjords');
    expect(topics).toEqual([
      { field: 'Computer Science', class: 'cs.DB', label: 'Databases', score: 1, tier: 'keyword' },
      { field: 'Computer Science', label: 'Computer Science', score: 1, tier: 'keyword' },
    ]);
    expect(tags).toEqual(['Fjords', 'fjords']);
  });

  it('joins labels containing commas', () => {
    const { topics, tags } = readKeywords('Distributed, Parallel, and Cluster Computing, Economics, Econometrics and Finance, Finance');
    expect(topics.map((topic) => topic.label)).toEqual(['Distributed, Parallel, and Cluster Computing', 'Economics, Econometrics and Finance']);
    expect(topics[0]?.class).toBe('cs.DC');
    expect(tags).toEqual(['Finance']);
  });

  it('keeps first class of shared label', () => {
    expect(readKeywords('Machine Learning').topics[0]?.class).toBe('cs.LG');
  });

  it('matches exact spelling only', () => {
    const { topics, tags } = readKeywords('databases, Machine learning');
    expect(topics).toEqual([]);
    expect(tags).toEqual(['databases', 'Machine learning']);
  });

  it('reads missing keywords as none', () => {
    expect(readKeywords(undefined)).toEqual({ topics: [], tags: [] });
    expect(readKeywords(' , ;')).toEqual({ topics: [], tags: [] });
  });
});
