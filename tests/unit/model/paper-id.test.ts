import { describe, expect, it } from 'vitest';
import { derivePaperId, hash64, identityKeys } from '../../../lib/model/ids';
import type { PaperIds } from '../../../lib/model';

// Stored papers are keyed by these ids, so a changed digit would orphan every saved paper.
describe('paper ids stay stable', () => {
  it.each([
    ['', 'cbf29ce4811c9dc5'],
    ['a', '311f1e75e40c292c'],
    ['gs-cluster:14424208353153455224', '4d2cbabacea35fad'],
    ['title:attention is all you need|2017', '4968c9d7c0cee8d9'],
    ['林浩然', 'a8bbaef02b938cc1'],
  ])('hashes %j to fixed digits', (text, digits) => {
    expect(hash64(text)).toBe(digits);
  });

  it('derives ids from the strongest key', () => {
    expect(derivePaperId({ scholarClusters: ['14424208353153455224'] }, 'Any title', 2020)).toBe('p-4d2cbabacea35fad');
    expect(derivePaperId({}, 'Attention Is All You Need', 2017)).toBe('p-4968c9d7c0cee8d9');
  });

  it('hashes the first identity key', () => {
    const all: PaperIds = {
      doi: '10.1000/x',
      arxiv: '1706.03762',
      dblpKey: 'conf/nips/VaswaniSPUJGKP17',
      scholarClusters: ['2960712678066186980', '5'],
      scholarArticle: 'oR1DoqoAAAAJ:u5HHmVD_uO8C',
      aclAnthology: 'P17-1001',
    };
    const names = Object.keys(all) as (keyof PaperIds)[];
    // Every subset of the identifiers, so that each one is tried as the strongest.
    for (let mask = 0; mask < 1 << names.length; mask++) {
      const ids = Object.fromEntries(names.filter((_, bit) => mask & (1 << bit)).map((name) => [name, all[name]]));
      const [first] = identityKeys(ids, 'Attention Is All You Need', 2017);
      expect(derivePaperId(ids, 'Attention Is All You Need', 2017)).toBe(`p-${hash64(first!)}`);
    }
  });
});
