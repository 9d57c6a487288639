import { describe, expect, it } from 'vitest';
import { derivePaperId, hash64 } from '../../../lib/model/ids';

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
});
