import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { toBibtex } from '../../../lib/export/bibtex';
import { citationKeys } from '../../../lib/export/keys';
import { makePaper } from './helpers';
import { parseImportFile, writeImport } from '../../../lib/import';
import { deleteTestDatabases, freshDatabase } from '../../helpers/database';
import { REAL_PAGES, realPagesPresent } from '../../helpers/pages';

// Runs the local TeX tools on the exported file. Outside CI a test is skipped where its tool is
// missing; in CI (CI=true), where .ci/run installs them, a missing tool fails the test instead.
const inCi = process.env.CI === 'true';
const hasTool = (command: string) => inCi || spawnSync(command, ['--version'], { stdio: 'ignore' }).status === 0;
const hasBibtex = hasTool('pdflatex') && hasTool('bibtex');
const hasBiber = hasTool('biber');

const papers = [
  makePaper({
    id: 'p1',
    title: 'Rivers & Deltas: a field guide',
    venue: 'Computing in Science & Engineering',
    year: 2020,
    authors: ['Ines Kovač'],
  }),
  makePaper({ id: 'p2', title: 'Storm surge models', venue: 'Ocean {\\&} Coast', year: 2018, authors: ['Tor Aas'] }),
  makePaper({ id: 'p3', title: 'Measurements of 100 % renewable fuel blends in small engines', year: 2024, authors: ['Eva Brandt'] }),
  makePaper({
    id: 'p4',
    title: 'Sorting in $O(n \\log n)$ time with 5% extra memory',
    year: 2023,
    authors: ['Jon Vik'],
    ids: { arxiv: '2301.01234' },
  }),
  makePaper({
    id: 'p5',
    title: 'Costs in $ and # of users: a_b test on GPU ~ ^ back\\slash',
    year: 2021,
    authors: ['Ada Ruiz', 'Luca Della Rocca', 'Martin Luther King Jr.'],
    authorsTruncated: true,
  }),
  makePaper({
    id: 'p6',
    title: 'Graph_sketch: tools for joins',
    venue: 'Proceedings of ICXX',
    year: 2022,
    authors: ['Lina Sorensen 0002', 'Jan van den Berg'],
    ids: { doi: '10.5555/ab_cd.2022_01' },
    links: [{ kind: 'detail', url: 'https://github.com/example-lab/graph_sketch_tools?a=1&b=2%20#x' }],
    codeLinks: [{ url: 'https://github.com/example-lab/graph_sketch_tools/tree/v1_0', source: 'page-link', site: 'generic' }],
  }),
  makePaper({
    id: 'p7',
    title: 'Field notes on harbour seals',
    authors: ['R Nyberg'],
    abstract: 'Counts: 40% up & rising.\n\nSecond paragraph.',
  }),
];

const undatedKey = citationKeys(papers).get('p7');
const workDir = mkdtempSync(join(tmpdir(), 'scholar-lens-bib-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));
afterEach(deleteTestDatabases);

interface Compile {
  /** The bibliography style, such as `plainnat` or `abbrv`. */
  style: string;
  /** Packages beside inputenc, as written after `\usepackage`. */
  packages?: string[];
  /** True to run pdflatex twice more after bibtex, which sets the bibliography itself. */
  typeset?: boolean;
}

/**
 * Writes `bib` and a document that cites all of it as `name`.bib and `name`.tex, then runs
 * pdflatex and bibtex on them (and pdflatex twice more with `typeset`). A failing run throws.
 */
function compileBib(name: string, bib: string, { style, packages = [], typeset = false }: Compile): void {
  writeFileSync(join(workDir, `${name}.bib`), bib);
  const usePackages = ['[utf8]{inputenc}', ...packages].map((option) => `\\usepackage${option}`).join('');
  writeFileSync(
    join(workDir, `${name}.tex`),
    `\\documentclass{article}${usePackages}\n\\begin{document}\\nocite{*}\\bibliographystyle{${style}}\\bibliography{${name}}\\end{document}\n`,
  );
  const latex = () => execFileSync('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', `${name}.tex`], { cwd: workDir, stdio: 'pipe' });
  latex();
  execFileSync('bibtex', [name], { cwd: workDir, stdio: 'pipe' });
  if (!typeset) return;
  latex();
  latex();
}

describe('BibTeX toolchain', () => {
  it.skipIf(!hasBibtex)('compiles with pdflatex and bibtex', () => {
    compileBib('doc', toBibtex(papers), { style: 'plainnat', packages: ['{natbib}', '{url}'], typeset: true });

    // The undated entry is the only one the style may warn about, because no year is invented for it.
    const bibtexLog = readFileSync(join(workDir, 'doc.blg'), 'utf8');
    expect(bibtexLog).not.toMatch(/error message/);
    expect(bibtexLog.match(/^Warning--.*$/gm)).toEqual([`Warning--empty year in ${undatedKey}`]);
    const bbl = readFileSync(join(workDir, 'doc.bbl'), 'utf8');
    for (const key of citationKeys(papers).values()) expect(bbl).toContain(`{${key}}`);
    expect(readFileSync(join(workDir, 'doc.log'), 'utf8')).not.toMatch(/Citation .* undefined/);
  }, 60_000);

  it.skipIf(!hasBibtex)('abbrv prints each initial', () => {
    const scholarRow = makePaper({ id: 'w1', title: 'Pork quality', year: 1998, authors: ['PD Warriss', 'SN Brown'], venue: 'Meat Science' });
    compileBib('initials', toBibtex([scholarRow]), { style: 'abbrv' });

    const bbl = readFileSync(join(workDir, 'initials.bbl'), 'utf8').replace(/\s+/g, ' ');
    expect(bbl).toContain('P.~D. Warriss and S.~N. Brown.');
  }, 60_000);

  it.skipIf(!hasBibtex)('alpha labels family names', () => {
    const authors = ['CAA DE BRUM', 'Luca Della Rocca', 'Ana de la Fuente'];
    compileBib('labels', toBibtex([makePaper({ id: 'l1', title: 'Vinhos do Sul', year: 2017, authors })]), { style: 'alpha' });

    const bbl = readFileSync(join(workDir, 'labels.bbl'), 'utf8').replace(/\s+/g, ' ');
    expect(bbl).toContain('\\bibitem[DBDRdlF17]');
    expect(bbl).toContain('C.~A.~A. DE~BRUM, Luca Della~Rocca, and Ana de~la Fuente.');
  }, 60_000);

  it.skipIf(!hasBibtex)('abbrv keeps accented initials', () => {
    const authors = ['Élodie Dupont', 'Â M F LIMA', 'Łukasz Żółć', 'Nguyễn Văn An', '王雨桐'];
    compileBib('accents', toBibtex([makePaper({ id: 'a1', title: 'Étude des fjords', year: 2001, authors })]), { style: 'abbrv' });

    // A letter cut in half leaves bytes that are not UTF-8, which a strict decoder rejects.
    const bbl = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(join(workDir, 'accents.bbl'))).replace(/\s+/g, ' ');
    expect(bbl).toContain("{\\'E}.~Dupont, {\\^A}.~M.~F. LIMA, {\\L}.~{\\.Z}{\\'o}{\\l}{\\'c}, N.~V. An, and {王雨桐}.");
  }, 60_000);

  it.skipIf(!hasBibtex)('typesets stray braces and symbols', () => {
    const titles = [
      'Proceedings of the 2009 Workshop on Text and Citation Analysis}',
      'Charge conduction and relaxation in Ca1−xDyxBaFe4O7',
      'Bounds for T ≤ 5 K, ∞ limits and A ⊆ B',
      'Über die Moleküldimensionen” \ufe01',
      'Sushchnostʹ i znachenie, Ḳohelet ṿe-ḥokhmah, T\ufe20s\ufe21entr',
      'Hệ thống thông tin',
    ];
    const entries = titles.map((title, index) => makePaper({ id: `s${index}`, title, year: 2009, authors: ['Ana Lima'], venue: 'Journal of Tests' }));
    compileBib('symbols', toBibtex(entries), { style: 'plain', packages: ['[T1]{fontenc}'], typeset: true });

    // A title that ends its entry early leaves the journal and year out of the entry.
    expect(readFileSync(join(workDir, 'symbols.blg'), 'utf8')).not.toMatch(/Warning|error message/);
    const bbl = readFileSync(join(workDir, 'symbols.bbl'), 'utf8').replace(/\s+/g, ' ');
    expect(bbl).toContain('\\textbraceright{}');
    expect(bbl).toContain('{Ca1\\textminus{}xDyxBaFe4O7}');
    expect(bbl).toContain("Sushchnost' i znachenie, {\\d{k}}ohelet {\\d{v}}e-{\\d{h}}okhmah, tsentr");
  }, 60_000);

  it.skipIf(!hasBibtex)('abbreviates names with đ and þ', () => {
    const entries = [makePaper({ id: 'd', title: 'Notes on lattices', year: 2020, authors: ['Đorđe Đurić', 'Þóra Guðrúnardóttir'], venue: 'Journal of Tests' })];
    compileBib('letters', toBibtex(entries), { style: 'abbrv', packages: ['[T1]{fontenc}'], typeset: true });

    expect(readFileSync(join(workDir, 'letters.blg'), 'utf8')).not.toMatch(/Warning|error message/);
    const bbl = readFileSync(join(workDir, 'letters.bbl'), 'utf8').replace(/\s+/g, ' ');
    expect(bbl).toContain('{\\DJ}.~{\\DJ}uri{\\\'c} and {\\TH}.~Gu{\\dh}r{\\\'u}nard{\\\'o}ttir');
  }, 60_000);

  it.skipIf(!hasBibtex || !realPagesPresent('dblp'))('compiles an imported dblp file', async () => {
    const source = readFileSync(join(REAL_PAGES, 'dblp', 'bibtex-person-nutan-limaye-standard-2025-118recs.bib'), 'utf8');
    const imported = parseImportFile(source);
    if (!imported.ok) throw new Error(imported.error);
    const db = freshDatabase();
    await writeImport(db, imported);
    compileBib('dblp', toBibtex(await db.papers.toArray()), { style: 'plain', packages: ['[T1]{fontenc}', '{url}'], typeset: true });

    expect(readFileSync(join(workDir, 'dblp.blg'), 'utf8')).not.toMatch(/error message/);
    const bbl = readFileSync(join(workDir, 'dblp.bbl'), 'utf8');
    expect(bbl).not.toContain('undefined');
    expect(bbl).toContain('{$\\Sigma$}');
  }, 60_000);

  it.skipIf(!hasBiber)('validates BibLaTeX with biber', () => {
    writeFileSync(join(workDir, 'refs-biblatex.bib'), toBibtex(papers, { biblatex: true }));
    const output = execFileSync(
      'biber',
      ['--tool', '--validate-datamodel', '--output-file=checked.bib', 'refs-biblatex.bib'],
      { cwd: workDir, encoding: 'utf8' },
    );
    expect(output).not.toMatch(/ERROR/);
    expect(output.match(/^WARN - .*$/gm)).toEqual([
      `WARN - Datamodel: Entry '${undatedKey}' (refs-biblatex.bib): Missing mandatory field - one of 'date, year' must be defined`,
    ]);
  }, 60_000);
});
