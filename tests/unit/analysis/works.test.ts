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
});
