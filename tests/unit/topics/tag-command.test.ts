import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tagLines } from '../../../lib/cli/tag-command';

const BIN = resolve(import.meta.dirname, '../../../bin/scholar-lens.mjs');

describe('tagLines', () => {
  it('prints the contract fields, best first', () => {
    const [result] = tagLines('{"title": "Named entity recognition for low-resource languages", "abstract": "We tag names in text."}');
    expect(result?.error).toBeUndefined();
    const tag = result?.tags[0];
    expect(Object.keys(tag ?? {})).toEqual(['field', 'class', 'score', 'tier']);
    expect(tag).toMatchObject({ field: 'Computer Science', class: 'cs.CL', tier: 'lexicon' });
    const scores = result?.tags.map((item) => item.score) ?? [];
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('uses the venue', () => {
    const [result] = tagLines('{"title": "On a remark of Smith", "venue": "Physical Review B"}');
    expect(result?.tags[0]).toMatchObject({ field: 'Physics and Astronomy', tier: 'venue' });
  });

  it('reads authors when given', () => {
    const [plain, withAuthors] = tagLines('{"title": "Einstein on peace"}\n{"title": "Einstein on peace", "authors": ["A Einstein"]}');
    expect(plain?.tags[0]?.class).toBe('gr-qc');
    expect(withAuthors?.tags).toEqual([]);
  });

  it('reads authors as parse prints them', () => {
    const [result] = tagLines('{"title": "Einstein on peace", "authors": [{"name": "A Einstein"}], "citations": null}');
    expect(result?.error).toBeUndefined();
    expect(result?.tags).toEqual([]);
  });

  it('gives field-only tags a null class', () => {
    const [result] = tagLines('{"title": "Nurse staffing and patient mortality in hospitals"}');
    expect(result?.tags[0]?.class).toBeNull();
  });

  it('keeps outputs aligned with inputs', () => {
    const results = tagLines('{"title": "Galaxy formation"}\n\nnot json\n{"abstract": "no title"}\n{"title": "Qubit readout", "venue": null}\n');
    expect(results).toHaveLength(4);
    expect(results[0]?.tags.length).toBeGreaterThan(0);
    expect(results[1]?.tags).toEqual([]);
    expect(results[1]?.error).toMatch(/^line 3: invalid JSON \(/);
    expect(results[2]?.error).toContain('line 4: missing title;');
    expect(results[3]?.tags[0]?.class).toBe('quant-ph');
  });
});

describe('scholar-lens tag', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scholar-lens-tag-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints one JSON line per input line', () => {
    const file = join(dir, 'papers.jsonl');
    writeFileSync(file, '{"title": "Deep residual learning for image recognition"}\n{"title": "Quantum error correction"}\n');
    const result = spawnSync(process.execPath, [BIN, 'tag', file], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(2);
    expect(lines[0].tags[0].class).toBe('cs.CV');
    expect(lines[1].tags[0].class).toBe('quant-ph');
  }, 30_000);

  it('exits 1 on an invalid line', () => {
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, '{"title": 3}\n');
    const result = spawnSync(process.execPath, [BIN, 'tag', file], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('line 1: invalid title');
    expect(JSON.parse(result.stdout)).toMatchObject({ tags: [] });
  }, 30_000);

  it('reports a missing file', () => {
    const result = spawnSync(process.execPath, [BIN, 'tag', '/nonexistent/papers.jsonl'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('cannot read /nonexistent/papers.jsonl');
  }, 30_000);
});
