import { describe, expect, it } from 'vitest';
import { bibtexAuthors, cleanLatex, parseBibtex } from '../../../lib/sites/generic/bibtex';

const RECORD = `@inproceedings{smith2024,
  title = {{SmartPlay}: A Benchmark for {LLMs}},
  author = {M{\\"u}ller, Jan and Wu, Yue and others},
  booktitle = "ICLR",
  year = 2024,
  eprint = {2310.01557},
}`;

describe('parseBibtex', () => {
  it('reads type, key and fields', () => {
    const record = parseBibtex(RECORD);
    expect(record?.type).toBe('inproceedings');
    expect(record?.key).toBe('smith2024');
    expect(record?.fields.title).toBe('SmartPlay: A Benchmark for LLMs');
    expect(record?.fields.booktitle).toBe('ICLR');
    expect(record?.fields.year).toBe('2024');
    expect(record?.fields.eprint).toBe('2310.01557');
  });

  it('returns null without a record', () => {
    expect(parseBibtex('no record here')).toBeNull();
  });
});

describe('cleanLatex', () => {
  it('resolves accents and escapes', () => {
    expect(cleanLatex("S{\\'{e}}bastien M{\\\"u}ller \\& Co")).toBe('Sébastien Müller & Co');
  });
});

describe('bibtexAuthors', () => {
  it('turns sorted names around and drops others', () => {
    expect(bibtexAuthors('Müller, Jan and Wu, Yue and others')).toEqual(['Jan Müller', 'Yue Wu']);
  });
});
