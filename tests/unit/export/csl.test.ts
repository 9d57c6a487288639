import { describe, expect, it } from 'vitest';
import { toCslJson } from '../../../lib/export/csl';
import { citationKey } from '../../../lib/export/keys';
import { makePaper } from './helpers';

describe('toCslJson', () => {
  it('converts journal article', () => {
    const paper = makePaper({
      id: 'p1',
      title: 'Rivers & Deltas: a field guide',
      venue: 'Computing in Science & Engineering',
      year: 2020,
      authors: ['Ines Kovač', 'Jan van den Berg'],
      ids: { doi: '10.5555/csa.2020.1' },
      links: [{ kind: 'doi', url: 'https://doi.org/10.5555/csa.2020.1' }],
    });
    expect(toCslJson([paper])).toEqual([
      {
        id: citationKey(paper),
        type: 'article-journal',
        title: 'Rivers & Deltas: a field guide',
        author: [
          { given: 'Ines', family: 'Kovač' },
          { given: 'Jan', family: 'van den Berg' },
        ],
        'container-title': 'Computing in Science & Engineering',
        issued: { 'date-parts': [[2020]] },
        DOI: '10.5555/csa.2020.1',
        URL: 'https://doi.org/10.5555/csa.2020.1',
      },
    ]);
  });

  it('keeps truncated names with flag', () => {
    const paper = makePaper({
      id: 'gs-dddd',
      title: 'Plankton blooms in a warming strait',
      authors: ['A Lindqvist', 'B Okafor', 'C Marchetti', 'D Haugen', 'E Zielinski'],
      authorsTruncated: true,
      venue: 'Marine Ecology Notes 30, 101-120',
      year: 2022,
    });
    const [item] = toCslJson([paper]);
    expect(item?.author).toHaveLength(5);
    expect(item?.author?.[4]).toEqual({ given: 'E.', family: 'Zielinski' });
    expect(JSON.stringify(item?.author)).not.toMatch(/others|et al|\.\.\./);
    expect(item?.custom).toEqual({ authorsTruncated: true });

    const [complete] = toCslJson([makePaper({ ...paper, id: 'gs-dddd-full', authorsTruncated: false })]);
    expect(complete?.custom).toBeUndefined();
  });

  it('writes native names in custom', () => {
    const [item] = toCslJson([makePaper({ id: 'x', title: 'T', authors: ['A Rossi', 'Haoran (林浩然)', 'Minji Seo（서민지）'] })]);
    expect(item?.author).toEqual([{ given: 'A.', family: 'Rossi' }, { literal: 'Haoran' }, { given: 'Minji', family: 'Seo' }]);
    expect(item?.custom).toEqual({ nativeNames: [null, '林浩然', '서민지'] });

    const [latin] = toCslJson([makePaper({ id: 'y', title: 'T', authors: ['A Rossi'], authorsTruncated: true })]);
    expect(latin?.custom).toEqual({ authorsTruncated: true });
  });

  it('omits issued without year', () => {
    const [item] = toCslJson([makePaper({ id: 'gs-ffff', title: 'Field notes on harbour seals', authors: ['R Nyberg'] })]);
    expect(item).not.toHaveProperty('issued');
    expect(item).not.toHaveProperty('container-title');
    expect(item?.type).toBe('article');
  });

  it.each([
    ['Proceedings of Coastal Dynamics', {}, 'paper-conference'],
    ['Nordic Zoology', {}, 'article-journal'],
    [null, { arxiv: '2405.13401' }, 'article'],
    ['PhD thesis, University of Bergen', {}, 'thesis'],
  ])('types venue %s', (venue, ids, type) => {
    expect(toCslJson([makePaper({ id: 'x', title: 'T', venue, ids })])[0]?.type).toBe(type);
  });

  it('names a thesis school and a book publisher', () => {
    const [thesis, book] = toCslJson([
      makePaper({ id: 't', title: 'T', venue: 'PhD thesis, University of Bergen' }),
      makePaper({ id: 'b', title: 'B', venue: 'Springer', type: 'book' }),
    ]);
    expect(thesis).toMatchObject({ type: 'thesis', publisher: 'University of Bergen' });
    expect(book).toMatchObject({ type: 'book', publisher: 'Springer' });
    expect(book).not.toHaveProperty('container-title');
  });

  it('names preprint server', () => {
    const [item] = toCslJson([makePaper({ id: 'x', title: 'T', venue: 'arXiv preprint arXiv:2405.13401', year: 2024 })]);
    expect(item?.type).toBe('article');
    expect(item?.publisher).toBe('arXiv');
    expect(item?.number).toBe('arXiv:2405.13401');
    expect(item).not.toHaveProperty('container-title');
  });

  it('writes unsplit names as literal', () => {
    const [item] = toCslJson([makePaper({ id: 'x', title: 'T', authors: ['佐藤花子', '王雨桐', 'Martin Luther King Jr.'] })]);
    expect(item?.author).toEqual([
      { literal: '佐藤花子' },
      { given: '雨桐', family: '王' },
      { given: 'Martin Luther', family: 'King', suffix: 'Jr.' },
    ]);
  });

  it('spells out run-together initials', () => {
    const [item] = toCslJson([makePaper({ id: 'x', title: 'T', authors: ['PD Warriss', 'Ana María de la Fuente', '王雨桐', 'KA Irshad'] })]);
    expect(item?.author).toEqual([
      { given: 'P. D.', family: 'Warriss' },
      { given: 'Ana María', family: 'de la Fuente' },
      { given: '雨桐', family: '王' },
      { given: 'K. A.', family: 'Irshad' },
    ]);
  });

  it('uses unique citation keys as ids', () => {
    const papers = ['p7', 'p8'].map((id) => makePaper({ id, title: 'Adaptive tiling', year: 2016, authors: ['Mira Halvorsen'] }));
    const ids = toCslJson(papers).map((item) => item.id);
    expect(new Set(ids).size).toBe(2);
    expect(ids[0]).toMatch(/^halvorsen2016adaptive-[a-z]+$/);
  });

  it('writes abstract and keywords', () => {
    const [item] = toCslJson([
      makePaper({
        id: 'x',
        title: 'T',
        abstract: 'Short abstract.',
        topics: [
          { field: 'Biology', label: 'Ecology', score: 0.8, tier: 'lexicon' },
          { field: 'Biology', label: 'Oceanography', score: 0.5, tier: 'lexicon' },
        ],
      }),
    ]);
    expect(item?.abstract).toBe('Short abstract.');
    expect(item?.keyword).toBe('Ecology, Oceanography');
  });
});
