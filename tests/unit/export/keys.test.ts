import { describe, expect, it } from 'vitest';
import { asciiFold, citationKey, citationKeys } from '../../../lib/export/keys';
import { makePaper } from './helpers';

const authors = ['Mira Halvorsen', 'Otto Brandt'];
const p7 = makePaper({ id: 'p7', title: 'Adaptive tiling for panoramic video', year: 2016, authors });
const p8 = makePaper({ id: 'p8', title: 'Adaptive tiling from saliency maps', year: 2016, authors });
const p9 = makePaper({ id: 'p9', title: 'Low-latency tile prefetching', year: 2016, authors: ['Kai Halvorsen'] });

describe('citationKey', () => {
  it('builds family, year, word and tag', () => {
    expect(citationKey(p7)).toMatch(/^halvorsen2016adaptive-[a-z]{4}$/);
    expect(citationKey(p9)).toMatch(/^halvorsen2016low-[a-z]{4}$/);
  });

  it('gives same author and year distinct keys', () => {
    const keys = citationKeys([p7, p8, p9]);
    expect(new Set(keys.values()).size).toBe(3);
  });

  it('keeps a key across exports', () => {
    const full = citationKeys([p7, p8, p9]);
    expect(citationKeys([p8]).get('p8')).toBe(full.get('p8'));
    expect(citationKeys([p9, p8, p7]).get('p8')).toBe(full.get('p8'));
    expect(citationKeys([p9]).get('p9')).toBe(full.get('p9'));
  });

  it('skips stop words in the title', () => {
    const paper = makePaper({ id: 'x', title: 'On the Theory of Tides', year: 2001, authors: ['Eva Brandt'] });
    expect(citationKey(paper)).toMatch(/^brandt2001theory-/);
  });

  it('leaves out a missing year', () => {
    const paper = makePaper({ id: 'x', title: 'Field notes on harbour seals', authors: ['R Nyberg'] });
    expect(citationKey(paper)).toMatch(/^nybergfield-[a-z]{4}$/);
  });

  it('drops dblp homonym number', () => {
    const paper = makePaper({ id: 'x', title: 'Graph Sketches for Streaming Joins', year: 2023, authors: ['Lina Sorensen 0002'] });
    const key = citationKey(paper);
    expect(key).toMatch(/^sorensen2023graph-[a-z]{4}$/);
    expect(key).not.toContain('0002');
  });

  it('folds accents and particles', () => {
    const paper = makePaper({ id: 'x', title: 'Ørsted revisited', year: 2020, authors: ['Jan van den Berg'] });
    expect(citationKey(paper)).toMatch(/^vandenberg2020orsted-/);
  });

  it('uses anon without authors', () => {
    expect(citationKey(makePaper({ id: 'x', title: 'Untitled note', year: 2020 }))).toMatch(/^anon2020untitled-/);
  });

  it('skips non-Latin family name', () => {
    const paper = makePaper({ id: 'x', title: '图神经网络', year: 2021, authors: ['王小明'] });
    expect(citationKey(paper)).toMatch(/^2021-[a-z]{4}$/);
    expect(citationKey(makePaper({ id: 'y', title: '图神经网络', authors: ['王小明'] }))).toMatch(/^paper-[a-z]{4}$/);
  });

  it('lengthens tags that clash', () => {
    const seen = new Map<string, string>();
    let pair: [string, string] | null = null;
    for (let i = 0; !pair && i < 20000; i++) {
      const id = `p-${i}`;
      const key = citationKey(makePaper({ id, title: 'Same title', year: 2020, authors: ['A Author'] }));
      const other = seen.get(key);
      if (other) pair = [other, id];
      seen.set(key, id);
    }
    if (!pair) throw new Error('No clashing ids found');

    const papers = pair.map((id) => makePaper({ id, title: 'Same title', year: 2020, authors: ['A Author'] }));
    const keys = citationKeys(papers);
    expect(keys.get(pair[0])).toMatch(/^author2020same-[a-z]{8}$/);
    expect(keys.get(pair[1])).toMatch(/^author2020same-[a-z]{8}$/);
    expect(keys.get(pair[0])).not.toBe(keys.get(pair[1]));
  });
});

describe('asciiFold', () => {
  it.each([
    ['Kovač', 'kovac'],
    ['Ørsted', 'orsted'],
    ['Łukasz', 'lukasz'],
    ['Straße', 'strasse'],
    ['de Vries', 'devries'],
    ['王', ''],
  ])('%s', (input, expected) => {
    expect(asciiFold(input)).toBe(expected);
  });
});
