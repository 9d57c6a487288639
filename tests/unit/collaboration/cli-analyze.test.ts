import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InvalidPapersFile, readPaperLines } from '../../../lib/cli/analyze-command';
import { dblpEntry, dblpPersonPage } from '../../helpers/dblp-pages';
import { fixturePath } from '../../helpers/pages';

const BIN = resolve(import.meta.dirname, '../../../bin/scholar-lens.mjs');

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function jsonLines(lines: unknown[]): string {
  return tempFile('papers.jsonl', lines.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n'));
}

const folder = mkdtempSync(join(tmpdir(), 'scholar-lens-analyze-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
let fileCount = 0;

function tempFile(name: string, text: string): string {
  fileCount += 1;
  const file = join(folder, `${fileCount}-${name}`);
  writeFileSync(file, text);
  return file;
}

/** Field order of a co-author in `summary.top`, which tools reading the JSON output rely on. */
const COLLABORATOR_FIELDS = ['id', 'name', 'papers', 'firstYear', 'lastYear', 'share', 'url', 'siteId', 'displayName'];

describe('scholar-lens analyze', () => {
  it('analyzes a saved page', () => {
    const { code, stdout } = run('analyze', fixturePath('google-scholar', 'profile-en.html'));
    expect(code).toBe(0);
    const output = JSON.parse(stdout);
    expect(Object.keys(output)).toEqual(['paperCount', 'owner', 'summary', 'groups', 'mergedProfile', 'metricWarnings']);
    expect(output.owner).toBe('Maren Solberg');
    expect(output.paperCount).toBe(4);
    expect(output.mergedProfile.verdict).toBe('single');
    expect(output.mergedProfile.clusters.flatMap((cluster: { papers: number[] }) => cluster.papers).sort()).toEqual([0, 1, 2, 3]);
  }, 30_000);

  it('tells dblp namesakes apart', () => {
    const entries = ['journals/x/B1', 'journals/x/B2'].map((key, index) =>
      dblpEntry(key, `Joint work ${index + 1}`, ['Wei Zhang 0001', '77/2020-1'], ['Wei Zhang 0002', '11/1111'], ['Piet Vermaas', '88/1010']),
    );
    const { code, stdout } = run('analyze', tempFile('lopez.html', dblpPersonPage(entries)));
    expect(code).toBe(0);
    const output = JSON.parse(stdout);
    expect(Object.keys(output)).toEqual(['paperCount', 'owner', 'summary', 'groups', 'mergedProfile', 'metricWarnings']);

    const top: Record<string, unknown>[] = output.summary.top;
    const namesakes = top.filter((person) => person.name === 'Wei Zhang');
    expect(namesakes.map((person) => person.displayName)).toEqual(['Wei Zhang (77/2020-1)', 'Wei Zhang (11/1111)']);
    for (const person of top) expect(Object.keys(person)).toEqual(COLLABORATOR_FIELDS.filter((field) => field in person));
    expect(Object.keys(namesakes[0]!)).toEqual(COLLABORATOR_FIELDS);

    expect(output.groups[0].label).toContain('Wei Zhang (77/2020-1)');
    expect(output.groups[0].label).toContain('Wei Zhang (11/1111)');
    expect(new Set(output.groups[0].central).size).toBe(3);
  }, 30_000);

  it('analyzes JSON lines with an owner', () => {
    const file = jsonLines([
      { title: 'Coral reefs', authors: ['M de Vries', 'J Smith'], year: 2019 },
      '',
      { title: 'Reef fish', authors: ['John Smith', 'Marta de Vries'], year: 2021, venue: 'Marine Ecology', categories: ['q-bio.PE'] },
    ]);
    const { code, stdout } = run('analyze', '--papers', file, '--owner', 'Marta de Vries');
    expect(code).toBe(0);
    const output = JSON.parse(stdout);
    expect(output.summary.top).toHaveLength(1);
    expect(output.summary.top[0]).toMatchObject({ name: 'John Smith', papers: 2, firstYear: 2019, lastYear: 2021, share: 1 });
    expect(output.summary.positions).toEqual({ first: 1, middle: 0, last: 1, solo: 0, counted: 2 });
  }, 30_000);

  it('rejects an invalid line', () => {
    const file = jsonLines([{ title: 'Fine', authors: ['A Bee'] }, { title: 'No authors' }]);
    const { code, stderr } = run('analyze', '--papers', file);
    expect(code).toBe(1);
    expect(stderr).toContain('papers.jsonl:2: authors');
  }, 30_000);

  it('requires an input', () => {
    const { code, stderr } = run('analyze');
    expect(code).toBe(1);
    expect(stderr).toContain('missing FILE or --papers');
  }, 30_000);

  it('reports a missing file', () => {
    const { code, stderr } = run('analyze', '--papers', '/nonexistent/papers.jsonl');
    expect(code).toBe(1);
    expect(stderr).toContain('cannot read /nonexistent/papers.jsonl');
  }, 30_000);
});

describe('readPaperLines', () => {
  it('fills defaults and topics', () => {
    const [paper] = readPaperLines(JSON.stringify({ title: 'T', authors: ['A Bee'], categories: ['cs.CL'] }), 'x.jsonl');
    expect(paper).toMatchObject({ title: 'T', year: null, venue: null, authorsTruncated: false, citations: null });
    expect(paper?.topics[0]).toMatchObject({ class: 'cs.CL', label: 'cs.CL', field: 'cs' });
  });

  it('keeps other paper fields', () => {
    const [paper] = readPaperLines(JSON.stringify({ title: 'T', authors: ['A Bee'], authorsTruncated: true, citations: 4 }), 'x.jsonl');
    expect(paper?.authorsTruncated).toBe(true);
    expect(paper?.citations).toBe(4);
  });

  it('names the invalid line', () => {
    expect(() => readPaperLines('{"title": "T", "authors": ["A"]}\nnot json', 'x.jsonl')).toThrow(InvalidPapersFile);
    expect(() => readPaperLines('{"title": "T", "authors": ["A"]}\nnot json', 'x.jsonl')).toThrow('x.jsonl:2: invalid JSON');
    expect(() => readPaperLines('{"title": "T", "authors": ["A"], "year": 99999}', 'x.jsonl')).toThrow('x.jsonl:1: year');
  });
});
