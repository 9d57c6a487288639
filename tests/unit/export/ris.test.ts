import { describe, expect, it } from 'vitest';
import { toRis } from '../../../lib/export/ris';
import type { Topic } from '../../../lib/model/paper';
import { makePaper } from './helpers';

const longKeyword = 'k'.repeat(250) + 'abcdefghij'.repeat(5);
const topic = (label: string): Topic => ({ field: 'Earth Science', label, score: 0.5, tier: 'user' });

const r1 = makePaper({
  id: 'r1',
  title: 'Tide gauges - a review of drift corrections',
  year: 2019,
  authors: ['Hanna Ekdahl', 'Paul Moreau'],
  venue: 'Proceedings of Coastal Dynamics*',
  ids: { doi: '10.5555/cd.2019.17' },
  abstract: 'First line of abstract.\nSecond line of abstract.',
  topics: [topic('tides'), topic(longKeyword)],
});

describe('toRis', () => {
  it('writes conference record', () => {
    expect(longKeyword).toHaveLength(300);
    expect(toRis([r1])).toBe(
      [
        'TY  - CONF',
        'AU  - Ekdahl, Hanna',
        'AU  - Moreau, Paul',
        'TI  - Tide gauges - a review of drift corrections',
        'T2  - Proceedings of Coastal Dynamics',
        'PY  - 2019',
        'DO  - 10.5555/cd.2019.17',
        'UR  - https://doi.org/10.5555/cd.2019.17',
        'AB  - First line of abstract. Second line of abstract.',
        'KW  - tides',
        `KW  - ${longKeyword.slice(0, 255)}`,
        'ER  - ',
        '',
      ].join('\r\n'),
    );
  });

  it('keeps ER trailing space', () => {
    const text = toRis([r1]);
    expect(text.endsWith('ER  - \r\n')).toBe(true);
    expect(text.startsWith('TY  - ')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('reads back line by line', () => {
    const lines = toRis([r1]).split('\r\n').filter(Boolean);
    const tags = lines.map((line) => /^([A-Z][A-Z0-9])  - (.*)$/.exec(line));
    expect(tags.every(Boolean)).toBe(true);

    const values = (tag: string) => tags.filter((match) => match?.[1] === tag).map((match) => match?.[2]);
    expect(values('TI')).toEqual([r1.title]);
    expect(values('AU')).toEqual(['Ekdahl, Hanna', 'Moreau, Paul']);
    expect(values('PY')).toEqual(['2019']);
    expect(values('DO')).toEqual(['10.5555/cd.2019.17']);
    expect(values('ER')).toEqual(['']);
  });

  it('cuts keywords to 255 characters', () => {
    const lines = toRis([r1]).split('\r\n');
    const keywordLines = lines.filter((line) => line.startsWith('KW  - '));
    expect(keywordLines.map((line) => line.length - 'KW  - '.length)).toEqual([5, 255]);
  });

  it('removes asterisks from author and keyword', () => {
    const paper = makePaper({ id: 'x', title: 'Stars * and more', authors: ['Ann* Star'], topics: [topic('*bright*')] });
    const text = toRis([paper]);
    expect(text).toContain('AU  - Star, Ann\r\n');
    expect(text).toContain('KW  - bright\r\n');
    expect(text).toContain('TI  - Stars * and more\r\n');
  });

  it('omits missing year', () => {
    const text = toRis([makePaper({ id: 'gs-ffff', title: 'Field notes on harbour seals', authors: ['R Nyberg'] })]);
    expect(text).not.toContain('PY  -');
    expect(text).toBe('TY  - GEN\r\nAU  - Nyberg, R.\r\nTI  - Field notes on harbour seals\r\nER  - \r\n');
  });

  it.each([
    ['Nordic Zoology 3, 10-12', {}, 'JOUR'],
    ['Proceedings of Coastal Dynamics', {}, 'CONF'],
    [null, { arxiv: '2405.13401' }, 'UNPB'],
    [null, {}, 'GEN'],
    ['PhD thesis, University of Bergen', {}, 'THES'],
    ['US Patent 9,104,700', {}, 'PAT'],
    ['Springer', {}, 'BOOK'],
  ])('types venue %s', (venue, ids, type) => {
    expect(toRis([makePaper({ id: 'x', title: 'T', venue, ids })])).toMatch(new RegExp(`^TY  - ${type}\r\n`));
  });

  it('writes a thesis school as publisher', () => {
    const ris = toRis([makePaper({ id: 't', title: 'T', venue: 'PhD thesis, University of Bergen' })]);
    expect(ris).toContain('PB  - University of Bergen\r\n');
    expect(ris).not.toContain('T2  -');
  });

  it('writes preprint and links', () => {
    const paper = makePaper({
      id: 'x',
      title: 'T',
      authors: ['Martin Luther King Jr.'],
      ids: { arxiv: '2405.13401' },
      links: [{ kind: 'detail', url: 'https://arxiv.org/abs/2405.13401' }],
      codeLinks: [{ url: 'https://github.com/a/b_c', source: 'abstract', site: 'arxiv' }],
    });
    const text = toRis([paper]);
    expect(text).toContain('AU  - King, Martin Luther, Jr.\r\n');
    expect(text).toContain('UR  - https://arxiv.org/abs/2405.13401\r\n');
    expect(text).toContain('AN  - arXiv:2405.13401\r\n');
    expect(text).toContain('N1  - Code: https://github.com/a/b_c\r\n');
    expect(text).not.toContain('T2  -');
  });

  it('spells out run-together initials', () => {
    const text = toRis([makePaper({ id: 'x', title: 'T', authors: ['PD Warriss', 'Hanna Ekdahl', 'Warriss, PD'] })]);
    expect(text).toContain('AU  - Warriss, P. D.\r\nAU  - Ekdahl, Hanna\r\nAU  - Warriss, P. D.\r\n');
  });

  it('separates records by blank line', () => {
    const text = toRis([makePaper({ id: 'a', title: 'A' }), makePaper({ id: 'b', title: 'B' })]);
    expect(text).toBe('TY  - GEN\r\nTI  - A\r\nER  - \r\n\r\nTY  - GEN\r\nTI  - B\r\nER  - \r\n');
  });
});
