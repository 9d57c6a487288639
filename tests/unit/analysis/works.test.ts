import { describe, expect, it } from 'vitest';
import { distinctWorks } from '../../../lib/analysis/works';
import { scholarPaper } from '../../helpers/papers';

describe('distinctWorks', () => {
  it('keeps one paper per id', () => {
    const a = scholarPaper({ title: 'A', citations: 4 });
    const b = scholarPaper({ title: 'B', citations: 9 });
    const works = distinctWorks([a, b, { ...a, citations: null }]);
    expect(works.map((paper) => paper.title)).toEqual(['A', 'B']);
    expect(works[0]?.citations).toBe(4);
  });

  it('keeps the most cited row', () => {
    const a = scholarPaper({ title: 'A', citations: null });
    expect(distinctWorks([a, { ...a, citations: 0 }, { ...a, citations: 7 }, { ...a, citations: 2 }])[0]?.citations).toBe(7);
  });

  it('counts preprint and paper once', () => {
    const paper = scholarPaper({ title: 'Power-law distributions in empirical data', year: 2009, type: 'journal', venue: 'SIAM Review 51(4)', ids: {} });
    const preprint = scholarPaper({ title: 'Power-Law Distributions in Empirical Data.', year: 2007, type: 'informal', venue: 'CoRR abs/0706.1062', ids: {} });
    const nearPreprint = { ...preprint, id: 'p-near', year: 2008 };
    expect(distinctWorks([paper, preprint])).toHaveLength(2);
    expect(distinctWorks([nearPreprint, paper]).map((work) => work.venue)).toEqual(['SIAM Review 51(4)']);
    expect(distinctWorks([{ ...nearPreprint, citations: 50 }, { ...paper, citations: 10 }]).map((work) => work.citations)).toEqual([50]);
    expect(distinctWorks([paper, { ...paper, id: 'p-journal', venue: 'Physics Reports 1' }])).toHaveLength(2);
  });
});
