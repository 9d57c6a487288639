import { describe, expect, it } from 'vitest';
import { onePerWork, settlePageIds } from '../../../lib/db/page-ids';
import { scholarPaper } from '../../helpers/papers';

const NOW = '2026-03-01T08:00:00.000Z';

describe('settlePageIds', () => {
  it('gives one arXiv work one id', () => {
    const papers = ['SP0', 'SP1', 'SP2'].map((entry) =>
      scholarPaper({ title: 'Sparse probes of lensing maps', ids: { scholarArticle: `QQQQ:${entry}`, arxiv: '2207.01234' } }),
    );
    settlePageIds(papers, NOW);
    expect(new Set(papers.map((paper) => paper.id)).size).toBe(1);
    expect(onePerWork(papers)).toHaveLength(1);
  });

  it('keeps different titles apart', () => {
    const papers = ['Dynamic retrieval-augmented generation', 'Entity-augmented code generation'].map((title, index) =>
      scholarPaper({ title, ids: { scholarArticle: `QQQQ:SP${index}`, arxiv: '2312.08976' } }),
    );
    settlePageIds(papers, NOW);
    expect(papers[0]?.id).not.toBe(papers[1]?.id);
  });

  it('keeps plain Scholar entries apart', () => {
    const papers = ['SP0', 'SP1'].map((entry) =>
      scholarPaper({ title: 'Sparse probes of lensing maps', ids: { scholarArticle: `QQQQ:${entry}`, scholarClusters: ['7'] } }),
    );
    settlePageIds(papers, NOW);
    expect(papers[0]?.id).not.toBe(papers[1]?.id);
  });

  it('keeps same-titled entries of other authors apart', () => {
    const papers = ['Tor Aas', 'Eva Brandt', 'Jon Vik'].map((name) => scholarPaper({ title: 'Introduction', year: null, authors: [{ name }], ids: {} }));
    settlePageIds(papers, NOW);
    expect(new Set(papers.map((paper) => paper.id)).size).toBe(3);
  });
});
