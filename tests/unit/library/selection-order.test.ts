import { describe, expect, it } from 'vitest';
import { selectedInListOrder } from '../../../components/library/useSelection';
import { storedPaper } from '../pages/seed';

describe('selectedInListOrder', () => {
  const papers = ['a', 'b', 'c', 'd'].map((id) => storedPaper(id, { title: `Paper ${id}` }));
  const byId = new Map(papers.map((paper) => [paper.id, paper]));

  it('follows the list, not the clicks', () => {
    const selected = new Set(['c', 'a']);
    expect(selectedInListOrder(selected, papers, byId).map((paper) => paper.id)).toEqual(['a', 'c']);
  });

  it('puts hidden selections last', () => {
    const selected = new Set(['d', 'b', 'a']);
    const listed = [papers[1]!, papers[0]!];
    expect(selectedInListOrder(selected, listed, byId).map((paper) => paper.id)).toEqual(['b', 'a', 'd']);
  });

  it('skips ids no longer stored', () => {
    expect(selectedInListOrder(new Set(['gone', 'b']), papers, byId).map((paper) => paper.id)).toEqual(['b']);
  });
});
