import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../lib/export/csv';
import { makePaper } from './helpers';

const HEADER = 'id,title,authors,authors_truncated,venue,year,citations,doi,arxiv,url,code,topics,tags,note';

const c1 = makePaper({
  id: 'c1',
  title: '-Omics integration for crop yield',
  venue: '@Scale Systems Workshop',
  year: 2020,
  citations: 15,
});
const c2 = makePaper({ id: 'c2', title: '=SUM(A1:A3) is not a title', venue: 'Proc. +Plus', year: 2019, citations: 0 });
const c3 = makePaper({
  id: 'c3',
  title: 'Tab\tstart',
  venue: 'Journal, "quoted"',
  year: 2018,
  citations: 3,
  ids: { doi: '10.5555/-abc' },
});

function rows(text: string): string[] {
  return text.slice(1).split('\r\n');
}

describe('toCsv', () => {
  it('starts with BOM and header', () => {
    const text = toCsv([]);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toBe(`\uFEFF${HEADER}\r\n`);
  });

  it('ends every line with CRLF', () => {
    const text = toCsv([c1, c2]);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('guards formula cells', () => {
    const [, first, second, third] = rows(toCsv([c1, c2, c3]));
    expect(first).toBe(`c1,"'-Omics integration for crop yield",,false,"'@Scale Systems Workshop",2020,15,,,,,,,`);
    expect(second).toBe(`c2,"'=SUM(A1:A3) is not a title",,false,Proc. +Plus,2019,0,,,,,,,`);
    expect(third).toBe('c3,Tab\tstart,,false,"Journal, ""quoted""",2018,3,10.5555/-abc,,https://doi.org/10.5555/-abc,,,,');
  });

  it.each([
    ['+Plus', `"'+Plus"`],
    ['@Scale', `"'@Scale"`],
    ['\tTabbed', `"'\tTabbed"`],
    ['\rReturn', `"'\rReturn"`],
    ['=1+1', `"'=1+1"`],
    ['Plain', 'Plain'],
    ['Mid-word - dash', 'Mid-word - dash'],
  ])('guards title %j', (title, cell) => {
    expect(rows(toCsv([makePaper({ id: 'x', title })]))[1]).toBe(`x,${cell},,false,,,,,,,,,,`);
  });

  it('never prefixes numbers', () => {
    const [, row] = rows(toCsv([makePaper({ id: 'n', title: 'T', year: 2020, citations: 0 })]));
    expect(row).toBe('n,T,,false,,2020,0,,,,,,,');
  });

  it('writes null as empty cell', () => {
    const paper = makePaper({ id: 'gs-ffff', title: 'Field notes on harbour seals (unpublished report)', authors: ['R Nyberg'] });
    const [, row] = rows(toCsv([paper]));
    expect(row).toBe('gs-ffff,Field notes on harbour seals (unpublished report),R Nyberg,false,,,,,,,,,,');
    expect(row).not.toContain('1970');
  });

  it('quotes newlines', () => {
    const [, row] = rows(toCsv([makePaper({ id: 'x', title: 'T', venue: 'Line one\nline two' })]));
    expect(row).toBe('x,T,,false,"Line one\nline two",,,,,,,,,');
  });

  it('joins lists', () => {
    const paper = makePaper({
      id: 'x',
      title: 'T',
      authors: ['A Lindqvist', 'B Okafor'],
      authorsTruncated: true,
      ids: { arxiv: '2405.13401' },
      links: [{ kind: 'detail', url: 'https://example.org/a' }],
      codeLinks: [
        { url: 'https://github.com/a/b', source: 'page-link', site: 'arxiv' },
        { url: 'https://github.com/a/c', source: 'abstract', site: 'arxiv' },
      ],
      topics: [
        { field: 'Biology', label: 'Ecology', score: 0.8, tier: 'lexicon' },
        { field: 'Biology', label: 'Marine biology', score: 0.5, tier: 'lexicon' },
      ],
    });
    const [, row] = rows(toCsv([paper]));
    expect(row).toBe(
      'x,T,A Lindqvist; B Okafor,true,,,,,2405.13401,https://arxiv.org/abs/2405.13401,' +
        'https://github.com/a/b; https://github.com/a/c,Ecology; Marine biology,,',
    );
  });

  it('keeps UTF-8 text', () => {
    const [, row] = rows(toCsv([makePaper({ id: 'x', title: 'Kovač 王小明', authors: ['Ines Kovač'] })]));
    expect(row).toBe('x,Kovač 王小明,Ines Kovač,false,,,,,,,,,,');
  });

  it('writes tags and note', () => {
    const paper = { ...makePaper({ id: 'x', title: 'T' }), userTags: ['to-read', 'müll'], note: '=HYPERLINK("http://x") and\nmore' };
    const [header, row] = rows(toCsv([paper]));
    expect(header?.split(',').slice(-3)).toEqual(['topics', 'tags', 'note']);
    expect(row).toBe(`x,T,,false,,,,,,,,,to-read; müll,"'=HYPERLINK(""http://x"") and\nmore"`);
  });
});
