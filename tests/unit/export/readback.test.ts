import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { afterAll, describe, expect, it } from 'vitest';
import { exportPapers, exportPapersInChunks, parseEnvelope, type ExportFormat } from '../../../lib/export';
import { parseImportFile } from '../../../lib/import';
import type { Paper } from '../../../lib/model/paper';
import { makePaper } from './helpers';
import { SYMBOL_COMMANDS } from '../../../lib/export/latex';

// Independent readers: citation-js for BibTeX, BibLaTeX, RIS and CSL-JSON, biber for BibLaTeX,
// and the import of this project for every format it reads.
const inCi = process.env.CI === 'true';
const hasBiber = inCi || spawnSync('biber', ['--version'], { stdio: 'ignore' }).status === 0;

const papers: Paper[] = [
  makePaper({
    id: 'cjk',
    title: '深度学习に基づく画像認識の研究',
    authors: ['王小明', '田中 太郎'],
    venue: '情報処理学会論文誌',
    year: 2021,
  }),
  makePaper({
    id: 'diacritics',
    title: 'Ålesund fjords: Ørsted’s “naïve” model of Łódź coastal flow',
    authors: ['Zoë Ørsted', 'Ines Kovač', 'José Ñúñez'],
    venue: 'Journal of Coastal Studies',
    year: 2019,
  }),
  makePaper({
    id: 'math',
    title: 'Bounds of α ≤ β² for ∑ᵢ xᵢ → ∞ in ℝⁿ',
    authors: ['Σίσυφος Παπαδόπουλος'],
    venue: 'Proceedings of the Symposium on Analysis',
    year: 2020,
  }),
];

const workDir = mkdtempSync(join(tmpdir(), 'scholar-lens-readback-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

interface ReadItem {
  title?: string;
  author?: { given?: string; family?: string; literal?: string }[];
}

function readWithCitationJs(text: string, format: ExportFormat): ReadItem[] {
  if (format === 'csl') return new Cite(JSON.parse(text)).data as ReadItem[];
  return plugins.input.chain(text, { generateGraph: false } as never) as ReadItem[];
}

function letters(text: string): string[] {
  return Array.from(text.replace(/\s+/g, '')).sort();
}

function nameText(name: { given?: string; family?: string; literal?: string }): string {
  return name.literal ?? [name.given, name.family].filter(Boolean).join(' ');
}

describe('citation-js reads exports', () => {
  it.each<ExportFormat>(['bibtex', 'biblatex', 'ris', 'csl'])('%s keeps Unicode', (format) => {
    const items = readWithCitationJs(exportPapers(papers, format).text, format);

    // BibTeX writes math symbols as math for pdflatex, which citation-js gives back as their commands.
    const asRead = (title: string) => {
      if (format !== 'bibtex') return title;
      return Array.from(title, (char) => (SYMBOL_COMMANDS.has(char) ? `\\${SYMBOL_COMMANDS.get(char)}` : char)).join('');
    };
    expect(items.map((item) => item.title)).toEqual(papers.map((paper) => asRead(paper.title)));
    for (const [index, paper] of papers.entries()) {
      // Splitting a name may reorder its parts ("王小明" reads back as given 小明, family 王), so compare letters.
      const names = (items[index]?.author ?? []).map(nameText);
      expect(names).toHaveLength(paper.authors.length);
      paper.authors.forEach((author, position) => {
        expect(letters(names[position] ?? '')).toEqual(letters(author.name));
      });
    }
  });
});

describe('import reads exports', () => {
  it.each<ExportFormat>(['bibtex', 'biblatex', 'csl'])('%s keeps titles and names', (format) => {
    const result = parseImportFile(exportPapers(papers, format).text);
    if (!result.ok) throw new Error(result.error);

    expect(result.entries.map((entry) => entry.paper.title)).toEqual(papers.map((paper) => paper.title));
    expect(result.entries.map((entry) => entry.paper.year)).toEqual(papers.map((paper) => paper.year));
    expect(result.entries[1]?.paper.authors.map((author) => author.name)).toEqual(['Zoë Ørsted', 'Ines Kovač', 'José Ñúñez']);
  });

  it('bibtex keeps accented names', () => {
    const authors = ['Élodie Dupont', 'Łukasz Żółć', 'Nguyễn Văn An', 'Çağla Işık', 'Ana María de la Fuente', 'Œdipe Straße', '王雨桐'];
    const result = parseImportFile(exportPapers([makePaper({ id: 'n1', title: 'Names', year: 2001, authors })], 'bibtex').text);
    if (!result.ok) throw new Error(result.error);

    expect(result.entries[0]?.paper.authors.map((author) => author.name)).toEqual(authors);
  });

  it('JSON keeps every field', () => {
    const parsed = parseEnvelope(exportPapers(papers, 'json').text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.papers).toEqual(papers);
  });

  it('CSV keeps Unicode cells', () => {
    const text = exportPapers(papers, 'csv').text;
    for (const paper of papers) {
      expect(text).toContain(paper.title);
      expect(text).toContain(paper.authors.map((author) => author.name).join('; '));
    }
  });
});

describe('biber reads BibLaTeX', () => {
  it.skipIf(!hasBiber)('keeps Unicode', () => {
    writeFileSync(join(workDir, 'unicode.bib'), exportPapers(papers, 'biblatex').text);
    const output = execFileSync('biber', ['--tool', '--validate-datamodel', '--output-file=checked.bib', 'unicode.bib'], {
      cwd: workDir,
      encoding: 'utf8',
    });

    expect(output).not.toMatch(/ERROR|WARN/);
    const checked = readFileSync(join(workDir, 'checked.bib'), 'utf8');
    for (const fragment of ['深度学习に基づく画像認識の研究', 'Ørsted', 'Kovač', 'Παπαδόπουλος', 'α ≤ β²']) {
      expect(checked).toContain(fragment);
    }
  }, 60_000);
});

describe('exportPapersInChunks', () => {
  const many = Array.from({ length: 1203 }, (_, index) =>
    makePaper({ id: `p${index}`, title: `Same title ${index % 3}`, authors: ['Ines Kovač'], year: 2020, venue: 'Journal' }),
  );

  it.each<ExportFormat>(['json', 'bibtex', 'biblatex', 'ris', 'csl', 'csv'])('%s matches single pass', async (format) => {
    const exportedAt = new Date('2026-01-01T00:00:00.000Z');
    const progress: number[] = [];

    const chunked = await exportPapersInChunks(many, format, { exportedAt, onProgress: (done) => progress.push(done) });

    expect(chunked.text).toBe(exportPapers(many, format, exportedAt).text);
    expect(progress.at(-1)).toBe(many.length);
  });

  it('reports each chunk', async () => {
    const progress: [number, number][] = [];
    await exportPapersInChunks(many, 'bibtex', { onProgress: (done, total) => progress.push([done, total]) });
    expect(progress).toEqual([[0, 1203], [500, 1203], [1000, 1203], [1203, 1203]]);
  });
});
