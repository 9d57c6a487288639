import { describe, expect, it } from 'vitest';
import { selectedInListOrder } from '../../../components/library/useSelection';
import { profilePapersInExportOrder } from '../../../components/savedPapers';
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

describe('profilePapersInExportOrder', () => {
  it('lists the profile newest first', () => {
    const records = [
      storedPaper('old', { title: 'Old', addedAt: '2024-01-01T00:00:00.000Z', profileKeys: ['google-scholar:x'] }),
      storedPaper('other', { title: 'Other profile', addedAt: '2024-03-01T00:00:00.000Z', profileKeys: ['dblp:y'] }),
      storedPaper('new', { title: 'New', addedAt: '2024-02-01T00:00:00.000Z', profileKeys: ['google-scholar:x'] }),
    ];
    expect(profilePapersInExportOrder(records, 'google-scholar:x').map((paper) => paper.id)).toEqual(['new', 'old']);
  });
});
