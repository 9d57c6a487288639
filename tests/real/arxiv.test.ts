import { describe, expect, it } from 'vitest';
import { arxiv } from '../../lib/sites/arxiv';
import { REAL_PAGES, loadRealPage, realPagesPresent, warnRealPagesAbsent } from '../helpers/pages';

const ABS = 'abs-page-2005.14165v4-31-authors-2026.html';

const present = realPagesPresent('arxiv');
if (!present) warnRealPagesAbsent('real-page suite', 'arxiv');

describe.skipIf(!present)(`real arXiv pages in ${REAL_PAGES}/arxiv`, () => {
  it.each(['https://arxiv.org/abs/2005.14165v4', 'file:///saved.html'])('abstract page at %s', async (url) => {
    const doc = await loadRealPage('arxiv', ABS);
    const page = arxiv.detect(doc, new URL(url));
    expect(page?.kind).toBe('results');
    const { rows } = arxiv.parse(doc, page!);
    expect(rows).toHaveLength(1);
    const paper = rows[0]?.paper;

    expect(paper?.title).toBe('Language Models are Few-Shot Learners');
    expect(paper?.ids).toEqual({ arxiv: '2005.14165' });
    expect(paper?.arxivVersion).toBe(4);
    expect(paper?.year).toBe(2020);
    expect(paper?.authors).toHaveLength(31);
    expect(paper?.authors[0]?.name).toBe('Tom B. Brown');
    expect(paper?.abstract).toMatch(/^Recent work has demonstrated substantial gains/);
    expect(paper?.abstract).not.toContain('Abstract:');
    expect(paper?.topics).toEqual([
      { field: 'Computer Science', class: 'cs.CL', label: 'Computation and Language', score: 1, tier: 'arxiv-category', evidence: ['cs.CL'] },
    ]);
    expect(paper?.codeLinks).toEqual([]);
    expect(paper?.links).toContainEqual({ kind: 'pdf', url: 'https://arxiv.org/pdf/2005.14165' });
  });
});
