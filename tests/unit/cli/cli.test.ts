import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../helpers/pages';
import { printableOutput } from '../../../lib/cli/parse-command';
import { scholarPaper } from '../../helpers/papers';

const BIN = resolve(import.meta.dirname, '../../../bin/scholar-lens.mjs');

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const PROFILE = fixturePath('google-scholar', 'profile-en.html');

describe('parse JSON output', () => {
  it('prints a null class', () => {
    const fieldOnly = { field: 'Medicine', label: 'Medicine', score: 0.6, tier: 'venue' as const };
    const classed = { field: 'Computer Science', class: 'cs.CL', label: 'Computation and Language', score: 0.4, tier: 'lexicon' as const };
    const paper = { ...scholarPaper({ title: 'Clinical notes', topics: [fieldOnly, classed] }), provenance: [] };
    const printed = printableOutput({ site: 'google-scholar', profile: null, papers: [paper], skipped: [], complete: true, warnings: [] });
    const [topic, second] = JSON.parse(JSON.stringify(printed)).papers[0].topics;
    expect(topic).toEqual({ field: 'Medicine', class: null, label: 'Medicine', score: 0.6, tier: 'venue' });
    expect(second.class).toBe('cs.CL');
  });
});

describe('scholar-lens parse', () => {
  it('prints site, profile, papers and skipped', () => {
    const { code, stdout } = run('parse', PROFILE);
    expect(code).toBe(0);
    const output = JSON.parse(stdout);
    expect(Object.keys(output)).toEqual(['site', 'profile', 'papers', 'skipped', 'complete', 'warnings']);
    expect(output.complete).toBe(false);
    expect(output.site).toBe('google-scholar');
    expect(output.profile.name).toBe('Maren Solberg');
    expect(output.papers).toHaveLength(4);
    expect(output.skipped).toEqual([]);
    expect(output.papers[1].ids.arxiv).toBe('2405.13401');
    expect(output.papers[3].year).toBeNull();
  }, 30_000);

  it('lists rows read with warnings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scholar-lens-cli-'));
    const file = join(dir, 'profile.html');
    const link = '/citations?view_op=view_citation&amp;user=QQQQ&amp;citation_for_view=QQQQ:AAAA';
    writeFileSync(
      file,
      `<table><tbody id="gsc_a_b"><tr class="gsc_a_tr"><td class="gsc_a_t"><a href="${link}" class="gsc_a_at">Sea ice drift</a></td></tr>` +
        '<tr class="gsc_a_tr"><td class="gsc_a_t"><a href="javascript:void(0)" class="gsc_a_at">Lost link</a></td></tr></tbody></table>',
    );
    const { code, stdout } = run('parse', file, '--url', 'https://scholar.google.com/citations?user=QQQQ');
    rmSync(dir, { recursive: true, force: true });
    expect(code).toBe(0);
    const output = JSON.parse(stdout);
    expect(output.papers).toHaveLength(2);
    expect(output.warnings).toEqual([{ row: 2, title: 'Lost link', warning: 'no article id in the title link of "Lost link"' }]);
  }, 30_000);

  it('picks the site from --url', () => {
    const { code, stdout } = run('parse', PROFILE, '--url', 'https://scholar.google.de/citations?user=QQQQ&hl=de');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).papers[0].provenance[0].pageUrl).toBe('https://scholar.google.de/citations?user=QQQQ&hl=de');
  }, 30_000);

  it('writes BibTeX and CSV', () => {
    const bibtex = run('parse', PROFILE, '--format', 'bibtex');
    expect(bibtex.code).toBe(0);
    expect(bibtex.stdout.match(/^@\w+\{/gm)).toHaveLength(4);
    const csv = run('parse', PROFILE, '--format', 'csv');
    expect(csv.code).toBe(0);
    expect(csv.stdout.replace(/^\uFEFF/, '').trim().split('\r\n')).toHaveLength(5);
  }, 30_000);

  it('exits 2 on an unrecognised page', () => {
    const { code, stdout, stderr } = run('parse', resolve(import.meta.dirname, '../../../README.md'));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('no site adapter recognised');
  }, 30_000);

  it('rejects an unknown format', () => {
    const { code, stderr } = run('parse', PROFILE, '--format', 'docx');
    expect(code).toBe(1);
    expect(stderr).toContain('invalid --format "docx"');
  }, 30_000);

  it('reports a missing file', () => {
    const { code, stderr } = run('parse', '/nonexistent/page.html');
    expect(code).toBe(1);
    expect(stderr).toContain('cannot read /nonexistent/page.html');
  }, 30_000);
});

describe('scholar-lens parse usage', () => {
  it('rejects an unknown site', () => {
    const { code, stderr } = run('parse', PROFILE, '--site', 'nowhere');
    expect(code).toBe(1);
    expect(stderr).toContain('unknown --site "nowhere"');
  }, 30_000);

  it('rejects an invalid url', () => {
    const { code, stderr } = run('parse', PROFILE, '--url', 'notaurl');
    expect(code).toBe(1);
    expect(stderr).toContain('invalid --url "notaurl"');
  }, 30_000);

  it('marks a complete list', () => {
    const { stdout } = run('parse', fixturePath('google-scholar', 'profile-ja-owner.html'));
    expect(JSON.parse(stdout).complete).toBe(true);
  }, 30_000);
});

describe('scholar-lens output pipe', () => {
  it('ends quietly when the reader closes', async () => {
    const { spawn } = await import('node:child_process');
    // Thousands of output lines, more than one pipe buffer holds.
    const dir = mkdtempSync(join(tmpdir(), 'scholar-lens-pipe-'));
    const input = join(dir, 'titles.jsonl');
    writeFileSync(input, `${JSON.stringify({ title: 'Quantum error correction with superconducting qubits' })}\n`.repeat(3000));
    const child = spawn(process.execPath, [BIN, 'tag', input], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Closing the pipe at the first chunk is what `| head -1` does.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', done));
    rmSync(dir, { recursive: true, force: true });
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 30_000);
});
