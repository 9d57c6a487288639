import { describe, expect, it } from 'vitest';
import { parseImportFile, type ImportParseResult } from '../../../lib/import';
import { toEnvelopeJson } from '../../../lib/export/envelope';
import { SCHOLAR_PROFILE, scholarPaper } from '../../helpers/papers';

const now = '2026-03-01T00:00:00.000Z';

function entriesOf(result: ImportParseResult) {
  if (!result.ok) throw new Error(`expected a valid file, got: ${result.error}`);
  return result.entries;
}

function profilesOf(result: ImportParseResult) {
  if (!result.ok) throw new Error(`expected a valid file, got: ${result.error}`);
  return result.profiles;
}

function errorOf(result: ImportParseResult): string {
  if (result.ok) throw new Error('expected an invalid file');
  return result.error;
}

const BIB = String.raw`% exported by hand
@article{kovac2020rivers-abcd,
  author = {Kova{\v{c}}, Ines and {Della Rocca}, Maria and 王, 小明 and others},
  title = {{\"U}ber $\alpha$-Graphs in {DNA}: 深度学习},
  journal = {Ocean \& Coast},
  year = {2020},
  doi = {10.1234/ABC.5},
  url = {https://example.org/rivers},
  note = {Code: \url{https://github.com/example/rivers}},
  keywords = {Hydrology, Deep Learning}
}

@online{preprint2024-wxyz,
  title = {A Preprint},
  date = {2024},
  eprint = {2405.13401v2},
  eprinttype = {arxiv}
}
`;

describe('parseImportFile BibTeX', () => {
  it('returns no profiles', () => {
    expect(profilesOf(parseImportFile(BIB, now))).toEqual([]);
  });

  it('reads entries', () => {
    const result = parseImportFile(BIB, now);
    expect(result.ok).toBe(true);
    expect(result.ok ? result.format : null).toBe('bibtex');
    const [rivers, preprint] = entriesOf(result);

    expect(rivers?.paper.title).toBe('Über α-Graphs in DNA: 深度学习');
    expect(rivers?.paper.authors.map((author) => author.name)).toEqual(['Ines Kovač', 'Maria Della Rocca', '王小明']);
    expect(rivers?.paper.authorsTruncated).toBe(true);
    expect(rivers?.paper.venue).toBe('Ocean & Coast');
    expect(rivers?.paper.year).toBe(2020);
    expect(rivers?.paper.ids.doi).toBe('10.1234/abc.5');
    expect(rivers?.paper.links[0]).toEqual({ kind: 'publisher', url: 'https://example.org/rivers' });
    expect(rivers?.paper.codeLinks.map((link) => link.url)).toEqual(['https://github.com/example/rivers']);
    expect(rivers?.keywords).toEqual(['Hydrology', 'Deep Learning']);
    expect(rivers?.paper.provenance[0]?.site).toBe('import');

    expect(preprint?.paper.ids.arxiv).toBe('2405.13401');
    expect(preprint?.paper.year).toBe(2024);
  });

  it('keeps family name particles', () => {
    const text = '@misc{k, title = {T}, author = {van den Berg, Jan and de la Fuente, Ana María and {Della Rocca}, Luca}}';
    const [entry] = entriesOf(parseImportFile(text, now));
    expect(entry?.paper.authors.map((author) => author.name)).toEqual(['Jan van den Berg', 'Ana María de la Fuente', 'Luca Della Rocca']);
  });

  it('names syntax error position', () => {
    expect(errorOf(parseImportFile('@misc{x, title = {Unclosed', now))).toMatch(/^Invalid BibTeX: .*line 1 col \d+/);
  });

  it('names the unclosed entry', () => {
    const text = '@misc{x,\n  title = {Unclosed,\n  year = {2020}\n}\n@misc{y, title = {Fine}}\n';
    expect(errorOf(parseImportFile(text, now))).toBe(
      'Invalid BibTeX: invalid syntax at line 5 col 1, in entry "x" from line 1, where a "{" is not closed. Fix the file or export it again, then import it.',
    );
  });

  it('names an unclosed parenthesised entry', () => {
    const text = '@misc{a, title = {Fine}}\n@misc(b,\n  title = {Unclosed {brace,\n  year = {2019}\n)\n@misc{c,\n  title = {After}\n}\n';
    expect(errorOf(parseImportFile(text, now))).toMatch(/in entry "b" from line 2, where a "\{" is not closed\./);
  });

  it('names an earlier unclosed entry', () => {
    const text = '@misc{a, title = {Fine}}\n@misc{b,\n  title = {Unclosed {brace,\n  year = {2019}\n}\n@misc{c,\n  title = {After}\n}\n';
    expect(errorOf(parseImportFile(text, now))).toMatch(/^Invalid BibTeX: the file ends inside an entry at line \d+ col \d+, in entry "b" from line 2, where a "\{" is not closed\./);
  });

  it.each([
    [String.raw`doi = {10.1007/11672142\_54}`, { doi: '10.1007/11672142_54' }, 'https://doi.org/10.1007/11672142_54'],
    [String.raw`doi = {10.1007/{\_}55}`, { doi: '10.1007/_55' }, 'https://doi.org/10.1007/_55'],
    [String.raw`url = {https://example.org/a\_b\%20c\#d}`, {}, 'https://example.org/a_b%20c#d'],
    [String.raw`url = {https://example.edu/\~{}ada/{\textasciitilde}x}`, {}, 'https://example.edu/~ada/~x'],
  ])('unescapes link %s', (field, ids, url) => {
    const [entry] = entriesOf(parseImportFile(`@misc{x, title = {T}, ${field}}\n`, now));
    expect(entry?.paper.ids).toEqual(ids);
    expect(entry?.paper.links.map((link) => link.url)).toEqual([url]);
  });

  it('names entry and field', () => {
    const text = '@misc{good, title = {Fine}}\n@misc{untitled, author = {Ada Lovelace}}\n';
    expect(errorOf(parseImportFile(text, now))).toBe(
      'Invalid entry 2 (key "untitled"), field "title": missing',
    );
  });

  it('reads volume, number and pages', () => {
    const text = String.raw`@article{DBLP:journals/algorithmica/ChauguleL24,
  author       = {Prasad Chaugule and
                  Nutan Limaye},
  title        = {On The Closures of Monotone Algebraic Classes},
  journal      = {Algorithmica},
  volume       = {86},
  number       = {7},
  pages        = {2130--2151},
  year         = {2024}
}`;
    const [entry] = entriesOf(parseImportFile(text, now));
    expect(entry?.paper.venue).toBe('Algorithmica 86 (7), 2130-2151');
  });

  it('reads howpublished as venue', () => {
    const text = '@misc{a, title = {Fine}, howpublished = {PhD thesis, University of Oslo}}\n@misc{b, title = {Link}, howpublished = {\\url{https://example.org/b}}}\n';
    const [thesis, link] = entriesOf(parseImportFile(text, now));
    expect(thesis?.paper.venue).toBe('PhD thesis, University of Oslo');
    expect(link?.paper.venue).toBeNull();
  });

  it.each([
    [String.raw`More on {AC}{\^{}}0[oplus] and Majority`, 'More on AC^0[oplus] and Majority'],
    [String.raw`Lower Bounds for {\(\Sigma\)}{\(\Pi\)}{\(\Sigma\)} Circuits`, 'Lower Bounds for ΣΠΣ Circuits'],
    [String.raw`Hardness of \emph{k}-SAT and \textbf{bold} claims`, 'Hardness of k-SAT and bold claims'],
    [String.raw`Sorting in $O(n \log n)$ time in H$_2$O`, String.raw`Sorting in $O(n \log n)$ time in H₂O`],
    [String.raw`{\textdollar}{\textbackslash}mathrm\{AC\}{\^{}}0{\textdollar} lower bounds`, String.raw`$\mathrm{AC}^0$ lower bounds`],
  ])('reads LaTeX title %s', (written, title) => {
    const [entry] = entriesOf(parseImportFile(`@article{x, title = {${written}}, journal = {J}, year = {2020}}\n`, now));
    expect(entry?.paper.title).toBe(title);
  });

  it.each([
    ['inproceedings', 'booktitle = {{STOC}}', 'conference'],
    ['article', 'journal = {Meat Science}', 'journal'],
    ['incollection', 'booktitle = {Big Data Value}', 'chapter'],
    ['misc', 'howpublished = {Lecture notes}', undefined],
  ])('reads @%s as its type', (entryType, venue, type) => {
    const [entry] = entriesOf(parseImportFile(`@${entryType}{x, title = {T}, ${venue}, year = {2020}}\n`, now));
    expect(entry?.paper.type).toBe(type);
  });

  it('rejects impossible year', () => {
    const text = '@misc{odd, title = {Fine}, year = {20x5}}\n';
    expect(errorOf(parseImportFile(text, now))).toMatch(/^Invalid entry 1 \(key "odd"\), field "issued": /);
  });
});

describe('parseImportFile CSL-JSON', () => {
  it('reads items', () => {
    const items = [
      {
        id: 'a',
        type: 'article-journal',
        title: 'Łódź and Ærø',
        author: [{ given: 'Zoë', family: 'Ørsted' }, { literal: 'The Consortium' }],
        'container-title': 'Journal',
        issued: { 'date-parts': [['2019']] },
        custom: { authorsTruncated: true },
      },
    ];
    const [entry] = entriesOf(parseImportFile(JSON.stringify(items), now));
    expect(entry?.paper.title).toBe('Łódź and Ærø');
    expect(entry?.paper.authors.map((author) => author.name)).toEqual(['Zoë Ørsted', 'The Consortium']);
    expect(entry?.paper.authorsTruncated).toBe(true);
    expect(entry?.paper.year).toBe(2019);
  });

  it('reads volume, issue and page', () => {
    const items = [{ id: 'a', title: 'Fine', 'container-title': 'Meat Science', volume: 49, issue: '2', page: '137-144' }];
    const [entry] = entriesOf(parseImportFile(JSON.stringify(items), now));
    expect(entry?.paper.venue).toBe('Meat Science 49 (2), 137-144');
  });

  it('names entry and field', () => {
    const items = [{ id: 'a', title: 'Fine' }, { id: 'b', title: 'Also fine', author: [{ family: 7 }] }];
    expect(errorOf(parseImportFile(JSON.stringify(items), now))).toMatch(/^Invalid entry 2 \(id "b"\), field "author\[0\]\.family": /);
  });

  it('rejects empty title', () => {
    expect(errorOf(parseImportFile('[{"id": "x", "title": "  "}]', now))).toBe(
      'Invalid entry 1 (id "x"), field "title": missing or empty title',
    );
  });
});

describe('parseImportFile envelope', () => {
  const paper = scholarPaper({ title: 'Fjord circulation', ids: { scholarArticle: 'QQQQ:AAAA' } });

  it('reads papers and library state', () => {
    const text = toEnvelopeJson([paper], new Date(now), [
      { id: paper.id, saved: true, savedAt: now, addedAt: now, note: 'read', userTags: ['fjords'] },
    ]);
    const [entry] = entriesOf(parseImportFile(text, now));
    expect(entry?.paper).toEqual(paper);
    expect(entry?.state?.note).toBe('read');
  });

  it('rejects state without paper', () => {
    const text = toEnvelopeJson([paper], new Date(now), [{ id: 'p-missing', saved: true, savedAt: now, addedAt: now }]);
    expect(errorOf(parseImportFile(text, now))).toBe(
      'Invalid library entry at index 0, field "id": no paper in the file has id "p-missing".',
    );
  });

  it('names paper index and field', () => {
    const data = JSON.parse(toEnvelopeJson([paper, paper], new Date(now)));
    data.papers[1].year = 'soon';
    expect(errorOf(parseImportFile(JSON.stringify(data), now))).toMatch(/^Invalid paper at index 1, field "year": /);
  });

  it('reads profiles', () => {
    const profile = { ...SCHOLAR_PROFILE, key: 'google-scholar:QQQQ', updatedAt: now };
    const text = toEnvelopeJson([paper], new Date(now), undefined, [profile]);
    expect(profilesOf(parseImportFile(text, now))).toEqual([profile]);
  });

  it('names profile index and field', () => {
    const profile = { ...SCHOLAR_PROFILE, key: 'google-scholar:QQQQ', updatedAt: now };
    const data = JSON.parse(toEnvelopeJson([paper], new Date(now), undefined, [profile, profile]));
    data.profiles[1].coauthors = [{ name: '' }];
    expect(errorOf(parseImportFile(JSON.stringify(data), now))).toMatch(/^Invalid profile at index 1, field "coauthors\[0\]\.name": /);
  });
});

describe('parseImportFile other input', () => {
  it('rejects unknown content', () => {
    expect(errorOf(parseImportFile('title,year\nA,2020\n', now))).toMatch(/^Unrecognised file: /);
  });

  it('rejects broken JSON', () => {
    expect(errorOf(parseImportFile('[{"title": ', now))).toMatch(/^Invalid JSON: /);
  });

  it.each(['', ' \n\uFEFF', '\uFEFF\n'])('names the empty file %j', (text) => {
    expect(errorOf(parseImportFile(text, now))).toMatch(/^The file is empty: expected a Scholar Lens JSON export/);
  });
});
