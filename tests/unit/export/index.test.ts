import { describe, expect, it } from 'vitest';
import { exportFileName, exportPapers, type ExportFormat } from '../../../lib/export';
import { makePaper } from './helpers';

const papers = [makePaper({ id: 'p1', title: 'Rivers & Deltas', venue: 'Ocean & Coast', year: 2020, authors: ['Ines Kovač'] })];
const exportedAt = new Date('2024-05-01T12:30:00.000Z');

describe('exportPapers', () => {
  it.each<[ExportFormat, string, string, RegExp]>([
    ['json', 'application/json', 'json', /^\{\n {2}"format": "scholar-lens"/],
    ['bibtex', 'application/x-bibtex', 'bib', /^@article\{kovac2020rivers,\n {2}author = \{Kova\{\\v\{c\}\}, Ines\},\n[\s\S]*journal = /],
    ['biblatex', 'application/x-bibtex', 'bib', /journaltitle = \{Ocean \\& Coast\},\n {2}date = \{2020\}/],
    ['ris', 'application/x-research-info-systems', 'ris', /^TY {2}- JOUR\r\n/],
    ['csl', 'application/vnd.citationstyles.csl+json', 'json', /^\[\n {2}\{\n {4}"id": "kovac2020rivers",/],
    ['csv', 'text/csv;charset=utf-8', 'csv', /^\uFEFFid,title,/],
  ])('%s', (format, mimeType, extension, pattern) => {
    const file = exportPapers(papers, format, exportedAt);
    expect(file.mimeType).toBe(mimeType);
    expect(file.extension).toBe(extension);
    expect(file.text).toMatch(pattern);
  });

  it('stamps JSON envelope', () => {
    expect(JSON.parse(exportPapers(papers, 'json', exportedAt).text).exportedAt).toBe('2024-05-01T12:30:00.000Z');
  });

  it('parses CSL output as JSON', () => {
    expect(JSON.parse(exportPapers(papers, 'csl').text)).toHaveLength(1);
  });
});

describe('exportFileName', () => {
  const date = new Date(2024, 4, 1, 23, 59);

  it.each<[string, ExportFormat, string]>([
    ['Ines Kovač', 'bibtex', 'scholar-lens-ines-kovac-bibtex-2024-05-01.bib'],
    ['Ines Kovač', 'biblatex', 'scholar-lens-ines-kovac-biblatex-2024-05-01.bib'],
    ['Saved papers', 'ris', 'scholar-lens-saved-papers-ris-2024-05-01.ris'],
    ['Saved papers', 'json', 'scholar-lens-saved-papers-backup-2024-05-01.json'],
    ['Saved papers', 'csl', 'scholar-lens-saved-papers-csl-json-2024-05-01.json'],
    ['Saved papers', 'csv', 'scholar-lens-saved-papers-csv-2024-05-01.csv'],
    ['  R&D / Team: "Ocean"  ', 'csv', 'scholar-lens-r-d-team-ocean-csv-2024-05-01.csv'],
    ['王小明', 'csv', 'scholar-lens-王小明-csv-2024-05-01.csv'],
    ['', 'csv', 'scholar-lens-csv-2024-05-01.csv'],
    ['***', 'csv', 'scholar-lens-csv-2024-05-01.csv'],
  ])('%j as %s', (label, format, expected) => {
    expect(exportFileName(label, format, date)).toBe(expected);
  });

  it('shortens long labels', () => {
    const name = exportFileName('word '.repeat(40), 'csv', date);
    expect(name).toMatch(/^scholar-lens-(word-)*word-csv-2024-05-01\.csv$/);
    expect(name.length).toBeLessThanOrEqual('scholar-lens--csv-2024-05-01.csv'.length + 60);
  });

  it('names every format distinctly', () => {
    const formats: ExportFormat[] = ['bibtex', 'biblatex', 'ris', 'csl', 'csv', 'json'];
    const names = formats.map((format) => exportFileName('saved', format, date));
    expect(new Set(names).size).toBe(formats.length);
  });
});
