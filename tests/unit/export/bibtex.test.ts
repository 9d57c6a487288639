import { describe, expect, it } from 'vitest';
import { toBibtex } from '../../../lib/export/bibtex';
import { parseImportFile } from '../../../lib/import';
import { citationKey } from '../../../lib/export/keys';
import type { Paper } from '../../../lib/model/paper';
import { decodeLatex, makePaper, readBibEntries } from './helpers';

function entryOf(paper: Paper, options: { biblatex?: boolean } = {}) {
  const entry = readBibEntries(toBibtex([paper], options)).get(citationKey(paper));
  if (!entry) throw new Error(`No entry for ${paper.id}`);
  return entry;
}

function fieldsOf(paper: Paper, options: { biblatex?: boolean } = {}): Map<string, string> {
  return entryOf(paper, options).fields;
}

describe('toBibtex', () => {
  it('writes entry layout', () => {
    const paper = makePaper({
      id: 'p1',
      title: 'Rivers & Deltas: a field guide',
      venue: 'Computing in Science & Engineering',
      year: 2020,
      authors: ['Ines Kovač'],
    });
    expect(toBibtex([paper])).toBe(
      `@article{${citationKey(paper)},\n` +
        "  author = {Kova{\\v{c}}, Ines},\n" +
        '  title = {Rivers \\& Deltas: a field guide},\n' +
        '  journal = {Computing in Science \\& Engineering},\n' +
        '  year = {2020}\n' +
        '}\n',
    );
  });

  it('separates entries by blank line', () => {
    const papers = [makePaper({ id: 'a', title: 'One' }), makePaper({ id: 'b', title: 'Two' })];
    expect(toBibtex(papers)).toMatch(/^@misc\{[^\n]+\n {2}title = \{One\}\n\}\n\n@misc\{[^\n]+\n {2}title = \{Two\}\n\}\n$/);
    expect(toBibtex([])).toBe('');
  });

  it('escapes ampersand once', () => {
    const braced = makePaper({ id: 'p2', title: 'Storm surge models', venue: 'Ocean {\\&} Coast', year: 2018, authors: ['Tor Aas'] });
    const slashed = makePaper({ id: 'p2b', title: 'Storm surge models', venue: 'Ocean \\& Coast', year: 2018 });
    const plain = makePaper({ id: 'p2c', title: 'Storm surge models', venue: 'Ocean & Coast', year: 2018 });
    expect(fieldsOf(braced).get('journal')).toBe('Ocean \\& Coast');
    expect(fieldsOf(slashed).get('journal')).toBe('Ocean \\& Coast');
    expect(fieldsOf(plain).get('journal')).toBe('Ocean \\& Coast');
  });

  it('escapes percent and keeps math', () => {
    const p3 = makePaper({
      id: 'p3',
      title: 'Measurements of 100 % renewable fuel blends in small engines',
      year: 2024,
      authors: ['Eva Brandt'],
    });
    const p4 = makePaper({
      id: 'p4',
      title: 'Sorting in $O(n \\log n)$ time with 5% extra memory',
      year: 2023,
      authors: ['Jon Vik'],
      ids: { arxiv: '2301.01234' },
    });
    const p5 = makePaper({ id: 'p5', title: 'Costs in $ and # of users: a_b test', year: 2021, authors: ['Ada Ruiz'] });

    expect(fieldsOf(p3).get('title')).toBe('Measurements of 100 \\% renewable fuel blends in small engines');
    expect(fieldsOf(p4).get('title')).toBe('Sorting in $O(n \\log n)$ time with 5\\% extra memory');
    expect(fieldsOf(p5).get('title')).toBe('Costs in \\$ and \\# of users: a\\_b test');

    const entries = readBibEntries(toBibtex([p3, p4, p5]));
    for (const paper of [p3, p4, p5]) {
      expect(decodeLatex(entries.get(citationKey(paper))?.fields.get('title') ?? '')).toBe(paper.title);
    }
  });

  it('writes URL and DOI raw', () => {
    const p6 = makePaper({
      id: 'p6',
      title: 'Graph_sketch: tools for joins',
      year: 2022,
      authors: ['Lina Sorensen'],
      ids: { doi: '10.5555/ab_cd.2022_01' },
      links: [{ kind: 'detail', url: 'https://github.com/example-lab/graph_sketch_tools' }],
      codeLinks: [{ url: 'https://github.com/example-lab/graph_sketch_tools/tree/v1_0', source: 'page-link', site: 'generic' }],
    });
    const fields = fieldsOf(p6);
    expect(fields.get('url')).toBe('https://doi.org/10.5555/ab_cd.2022_01');
    expect(fields.get('doi')).toBe('10.5555/ab_cd.2022_01');
    expect(fields.get('note')).toBe('Code: \\url{https://github.com/example-lab/graph_sketch_tools/tree/v1_0}');
    expect(fields.get('title')).toBe('Graph\\_sketch: tools for joins');
  });

  it('picks first landing link', () => {
    const paper = makePaper({
      id: 'x',
      title: 'Links',
      links: [
        { kind: 'pdf', url: 'https://example.org/a.pdf' },
        { kind: 'cited-by', url: 'https://scholar.google.com/scholar?cites=1' },
        { kind: 'publisher', url: 'https://example.org/article/1' },
        { kind: 'detail', url: 'https://example.org/detail/1' },
      ],
    });
    expect(fieldsOf(paper).get('url')).toBe('https://example.org/article/1');
  });

  it('ends truncated authors with others', () => {
    const paper = makePaper({
      id: 'gs-dddd',
      title: 'Plankton blooms in a warming strait',
      authors: ['A Lindqvist', 'B Okafor', 'C Marchetti', 'D Haugen', 'E Zielinski'],
      authorsTruncated: true,
      venue: 'Marine Ecology Notes 30, 101-120',
      year: 2022,
    });
    expect(fieldsOf(paper).get('author')).toBe(
      'Lindqvist, A. and Okafor, B. and Marchetti, C. and Haugen, D. and Zielinski, E. and others',
    );
    const complete = makePaper({ ...paper, id: 'gs-dddd-full', authors: ['A Lindqvist'], authorsTruncated: false });
    expect(fieldsOf(complete).get('author')).toBe('Lindqvist, A.');
  });

  it('omits missing year', () => {
    const title = 'Field notes on harbour seals (unpublished report)';
    const paper = makePaper({ id: 'gs-ffff', title, authors: ['R Nyberg'], citations: 0 });
    const text = toBibtex([paper]);
    expect(fieldsOf(paper).has('year')).toBe(false);
    expect(text).not.toMatch(/year|date/);
    expect(text).not.toContain('1970');
    expect(text).not.toContain('{0}');
    expect(fieldsOf(makePaper({ ...paper, id: 'gs-gggg', year: 2018 })).get('year')).toBe('2018');
  });

  it.each([
    ['Marta de Vries', 'de Vries, Marta'],
    ['Jan van den Berg', 'van den Berg, Jan'],
    ['Luca Della Rocca', 'Della Rocca, Luca'],
    ['Ana María de la Fuente', "de la Fuente, Ana Mar{\\'{\\i}}a"],
    ['Pieter Van Acker', 'Van Acker, Pieter'],
    ['Ludwig von Hallen', 'von Hallen, Ludwig'],
    ['Martin Luther King Jr.', 'King, Jr., Martin Luther'],
    ['Lina Sorensen 0002', 'Sorensen, Lina'],
    ['王雨桐', '{王雨桐}'],
    ['佐藤 花子', '{佐藤 花子}'],
    ['Plato', 'Plato'],
    ['PD Warriss', 'Warriss, P. D.'],
    ['PGR De Almeida', 'De Almeida, P. G. R.'],
    ['J. R. R. Tolkien', 'Tolkien, J. R. R.'],
    ['A EINSTEIN', 'EINSTEIN, A.'],
  ])('formats author %s', (name, expected) => {
    expect(fieldsOf(makePaper({ id: 'x', title: 'T', authors: [name] })).get('author')).toBe(expected);
  });

  it.each([
    ['Élodie Dupont', "Dupont, {\\'E}lodie"],
    ['Â M F LIMA', 'LIMA, {\\^A}. M. F.'],
    ['Łukasz Żółć', "{\\.Z}{\\'o}{\\l}{\\'c}, {\\L}ukasz"],
    ['Søren Ørsted', '{\\O}rsted, S{\\o}ren'],
    ['Nguyễn Văn An', 'An, Nguy{\\~{\\^e}}n V{\\u{a}}n'],
    ['Çağla Işık', 'I{\\c{s}}{\\i}k, {\\c{C}}a{\\u{g}}la'],
    ['Иван Петров', 'Петров, Иван'],
  ])('writes letters of %s', (name, expected) => {
    expect(fieldsOf(makePaper({ id: 'x', title: 'T', authors: [name] })).get('author')).toBe(expected);
  });

  it('writes Greek letters as math', () => {
    const paper = makePaper({ id: 'x', title: 'α-Synuclein and ΣΠΣ circuits in $β + x$', authors: ['Ada Ruiz'] });
    expect(fieldsOf(paper).get('title')).toBe('{$\\alpha$}-Synuclein and {{$\\Sigma$}{$\\Pi$}{$\\Sigma$}} circuits in $\\beta  + x$');
    expect(toBibtex([paper], { biblatex: true })).toContain('title = {α-Synuclein and {ΣΠΣ} circuits in $β + x$}');
  });

  it('drops invisible marks in BibLaTeX', () => {
    const paper = makePaper({ id: 'x', title: 'Moleküldimensionen” \ufe01', authors: ['A Kuznet\ufe20s\ufe21ov'] });
    const text = toBibtex([paper], { biblatex: true });
    expect(text).toContain('title = {Moleküldimensionen” }');
    expect(text).toContain('author = {Kuznetsov, A.}');
  });

  it.each([
    ['Ines Kovač', 'Kovač, Ines'],
    ['王雨桐', '王, 雨桐'],
    ['Иван Петров', 'Петров, Иван'],
  ])('keeps UTF-8 in BibLaTeX %s', (name, expected) => {
    const text = toBibtex([makePaper({ id: 'x', title: 'T', authors: [name] })], { biblatex: true });
    expect(text).toContain(`author = {${expected}}`);
  });

  it.each([
    ['Computing in Science & Engineering', {}, 'article', 'journal'],
    ['Proceedings of Coastal Dynamics', {}, 'inproceedings', 'booktitle'],
    ['Proc. +Plus', {}, 'inproceedings', 'booktitle'],
    ['@Scale Systems Workshop', {}, 'inproceedings', 'booktitle'],
    ['International Symposium on Tides', {}, 'inproceedings', 'booktitle'],
    ['ICXX', { dblpKey: 'conf/icxx/SorensenVZ23' }, 'inproceedings', 'booktitle'],
    ['ICML', {}, 'inproceedings', 'booktitle'],
    ['NeurIPS 2023', {}, 'inproceedings', 'booktitle'],
    ['Foundation Models for Decision Making Workshop, NeurIPS', {}, 'inproceedings', 'booktitle'],
    ['Transactions of the ACL', {}, 'article', 'journal'],
    ['ICCSIP', {}, 'inproceedings', 'booktitle'],
    ['DARS 2018', {}, 'inproceedings', 'booktitle'],
    ['ICT Express', {}, 'article', 'journal'],
    ['Chi Medical Journal', {}, 'article', 'journal'],
    ['PhD thesis, University of Bergen', {}, 'phdthesis', 'school'],
    ["Master's thesis, University of Bergen", {}, 'mastersthesis', 'school'],
    ['US Patent 9,999,999', {}, 'misc', 'howpublished'],
    ['Thesis Eleven 150 (1), 3-20', {}, 'misc', 'howpublished'],
    ['Princeton University Press', {}, 'book', 'publisher'],
    ['Southern Illinois University at Carbondale', {}, 'misc', 'howpublished'],
    ['University of Pennsylvania Law Review', {}, 'article', 'journal'],
    ['Journal of the University of Tokyo', {}, 'article', 'journal'],
    ['Dissertation Abstracts International 61 (2)', {}, 'misc', 'howpublished'],
    ['Proceedings of the National Academy of Sciences', {}, 'article', 'journal'],
    ['Proc. Natl. Acad. Sci. USA 116 (22)', {}, 'article', 'journal'],
    ['Proceedings of the IEEE 105 (2), 1-10', {}, 'article', 'journal'],
    ['Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition', {}, 'inproceedings', 'booktitle'],
    ['Proceedings of the Royal Society B: Biological Sciences 287', {}, 'article', 'journal'],
    ['Proceedings of the ACM on Programming Languages 7 (POPL)', {}, 'article', 'journal'],
    ['Proc. ACM Hum. Comput. Interact. 6(CSCW1)', {}, 'article', 'journal'],
    ['Proceedings of the VLDB Endowment 13 (12)', {}, 'article', 'journal'],
    ['Proceedings of the Annual Meeting of the Cognitive Science Society 43', {}, 'inproceedings', 'booktitle'],
    ['ACM SIGIR Forum 49 (1), 10-15', {}, 'article', 'journal'],
    ['ACM SIGMOD Record 45 (1)', {}, 'article', 'journal'],
    ['SIGIR', {}, 'inproceedings', 'booktitle'],
    ['Handbook of single-molecule biophysics', {}, 'incollection', 'booktitle'],
    ['The Oxford Handbook of Computational Linguistics, 12-34', {}, 'incollection', 'booktitle'],
    ['Single Particle Tracking and Single Molecule Energy Transfer', { doi: '10.1002/9783527628360.ch6' }, 'incollection', 'booktitle'],
    ['Microscopy Techniques', { doi: '10.1007/978-0-387-76497-9_5' }, 'incollection', 'booktitle'],
    ['European Conference on Computer Vision', { doi: '10.1007/978-3-030-58452-8_13' }, 'inproceedings', 'booktitle'],
    ['Nature Methods', { doi: '10.1038/nmeth.1234' }, 'article', 'journal'],
    ['Advances in Neural Information Processing Systems 33', {}, 'inproceedings', 'booktitle'],
    ["Document Image Analysis for Libraries, 2006. DIAL'06. Second International", {}, 'inproceedings', 'booktitle'],
    ['Computer VisionACCV 2007, 586-595', {}, 'inproceedings', 'booktitle'],
    ['CIAIQ2014 3', {}, 'inproceedings', 'booktitle'],
    ['AMCIS', {}, 'inproceedings', 'booktitle'],
    ['Simpósio Brasileiro de Sistemas de Informação (SBSI)', {}, 'inproceedings', 'booktitle'],
    ['Actes du XXIII congrès mondial de la vigne', {}, 'inproceedings', 'booktitle'],
    ['PLOS ONE 2007', {}, 'article', 'journal'],
    ['Springer', {}, 'book', 'publisher'],
    ['Taylor & Francis', {}, 'book', 'publisher'],
    ['Dover', {}, 'book', 'publisher'],
  ])('types venue %s', (venue, ids, type, field) => {
    const entry = entryOf(makePaper({ id: 'x', title: 'T', venue, ids }));
    expect(entry.type).toBe(type);
    expect(entry.fields.has(field)).toBe(true);
  });

  it.each([
    ['Proc. ACM Hum. Comput. Interact. 6(CSCW1)', 'journal', 'article', 'journal'],
    ['STOC', 'conference', 'inproceedings', 'booktitle'],
    ['Technologies and Applications for Big Data Value', 'chapter', 'incollection', 'booktitle'],
    ['Springer', 'book', 'book', 'publisher'],
    ['University of Oslo', 'thesis', 'phdthesis', 'school'],
  ] as const)('types %s by its publication type', (venue, type, entryType, field) => {
    const entry = entryOf(makePaper({ id: 'x', title: 'T', venue, type }));
    expect(entry.type).toBe(entryType);
    expect(entry.fields.has(field)).toBe(true);
  });

  it('writes arXiv-only paper as misc', () => {
    const paper = makePaper({
      id: 'ax',
      title: 'Sparse attention',
      year: 2024,
      ids: { arxiv: '2405.13401' },
      topics: [{ field: 'Computer Science', class: 'cs.CL', label: 'Computation and Language', score: 1, tier: 'arxiv-category' }],
    });
    const entry = entryOf(paper);
    expect(entry.type).toBe('misc');
    expect(entry.fields.get('eprint')).toBe('2405.13401');
    expect(entry.fields.get('archivePrefix')).toBe('arXiv');
    expect(entry.fields.get('primaryClass')).toBe('cs.CL');
    expect(entry.fields.has('journal')).toBe(false);
  });

  it('reads arXiv id from venue', () => {
    const entry = entryOf(makePaper({ id: 'ax', title: 'T', venue: 'arXiv preprint arXiv:2405.13401', year: 2024 }));
    expect(entry.type).toBe('misc');
    expect(entry.fields.get('eprint')).toBe('2405.13401');
    expect(entry.fields.has('howpublished')).toBe(false);
  });

  it('writes BibLaTeX fields', () => {
    const journal = makePaper({ id: 'j', title: 'T', venue: 'Nordic Zoology', year: 2018, authors: ['R Nyberg'] });
    const fields = fieldsOf(journal, { biblatex: true });
    expect(fields.get('journaltitle')).toBe('Nordic Zoology');
    expect(fields.get('date')).toBe('2018');
    expect(fields.has('journal')).toBe(false);
    expect(fields.has('year')).toBe(false);

    const preprint = entryOf(makePaper({ id: 'ax', title: 'T', year: 2024, ids: { arxiv: '2405.13401' } }), { biblatex: true });
    expect(preprint.type).toBe('online');
    expect(preprint.fields.get('eprint')).toBe('2405.13401');
    expect(preprint.fields.get('eprinttype')).toBe('arxiv');
    expect(preprint.fields.has('archivePrefix')).toBe(false);
  });

  it('protects acronyms in titles only', () => {
    const paper = makePaper({ id: 'x', title: 'Fast GPU joins', venue: 'Journal of HPC', authors: ['KA Irshad'] });
    const fields = fieldsOf(paper);
    expect(fields.get('title')).toBe('Fast {GPU} joins');
    expect(fields.get('journal')).toBe('Journal of HPC');
    expect(fields.get('author')).toBe('Irshad, K. A.');
  });

  it('writes abstract and keywords', () => {
    const paper = makePaper({
      id: 'x',
      title: 'T',
      abstract: 'First line, 50% done.\nSecond line.',
      topics: [{ field: 'Earth Science', label: 'Oceanography', score: 0.9, tier: 'lexicon' }],
    });
    const fields = fieldsOf(paper);
    expect(fields.get('abstract')).toBe('First line, 50\\% done. Second line.');
    expect(fields.get('keywords')).toBe('Oceanography');
  });

  it('braces keywords with commas', () => {
    const paper = makePaper({
      id: 'x',
      title: 'T',
      topics: [
        { field: 'Social Sciences', label: 'Social Sciences', score: 0.6, tier: 'lexicon' },
        { field: 'Business, Management and Accounting', label: 'Business, Management and Accounting', score: 0.3, tier: 'lexicon' },
      ],
    });
    expect(toBibtex([paper])).toContain('keywords = {Social Sciences, {Business, Management and Accounting}}');
    const imported = parseImportFile(toBibtex([paper]));
    if (!imported.ok) throw new Error(imported.error);
    expect(imported.entries[0]?.paper.topics.map((topic) => topic.label)).toEqual(['Social Sciences', 'Business, Management and Accounting']);
  });

  it('leaves weak runner-up topics out of keywords', () => {
    const topic = (label: string, score: number, tier: 'lexicon' | 'user' | 'arxiv-category' = 'lexicon') => ({ field: 'Physics and Astronomy', label, score, tier });
    const tagged = makePaper({ id: 'x', title: 'T', topics: [topic('Oceanography', 0.3), topic('Geophysics', 0.25), topic('High Energy Physics', 0.01)] });
    expect(fieldsOf(tagged).get('keywords')).toBe('Oceanography, Geophysics');
    const weakBest = makePaper({ id: 'w', title: 'T', topics: [topic('Databases', 0.11), topic('Economics', 0.11)] });
    expect(fieldsOf(weakBest).has('keywords')).toBe(false);
    const chosen = makePaper({ id: 'y', title: 'T', topics: [topic('Oceanography', 1, 'user'), topic('Glaciology', 0.05, 'user')] });
    expect(fieldsOf(chosen).get('keywords')).toBe('Oceanography, Glaciology');
  });
});
