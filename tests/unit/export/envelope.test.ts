import { describe, expect, it } from 'vitest';
import { ExportEnvelope, parseEnvelope, toEnvelopeJson, type ParseEnvelopeResult } from '../../../lib/export/envelope';
import { makePaper } from './helpers';

const papers = [
  makePaper({ id: 'p1', title: 'Rivers & Deltas', venue: 'Ocean & Coast', year: 2020, citations: 4, authors: ['Ines Kovač'] }),
  makePaper({ id: 'p2', title: 'Field notes', authors: ['R Nyberg'], authorsTruncated: true }),
];
const exportedAt = new Date('2024-05-01T12:30:00.000Z');

function errorOf(result: ParseEnvelopeResult): string {
  if (result.ok) throw new Error('Expected the parse to fail');
  return result.error;
}

function papersOf(result: ParseEnvelopeResult) {
  if (!result.ok) throw new Error(`Expected the parse to succeed: ${result.error}`);
  return result.papers;
}

function envelopeWith(change: (data: { papers: Array<Record<string, unknown>> } & Record<string, unknown>) => void): string {
  const data = JSON.parse(toEnvelopeJson(papers, exportedAt));
  change(data);
  return JSON.stringify(data);
}

describe('toEnvelopeJson', () => {
  it('writes header and papers', () => {
    const text = toEnvelopeJson(papers, exportedAt);
    expect(text.endsWith('}\n')).toBe(true);
    const data = JSON.parse(text);
    expect(data.format).toBe('scholar-lens');
    expect(data.version).toBe(1);
    expect(data.exportedAt).toBe('2024-05-01T12:30:00.000Z');
    expect(data.papers).toEqual(papers);
    expect(ExportEnvelope.safeParse(data).success).toBe(true);
  });
});

describe('parseEnvelope', () => {
  it('round-trips papers', () => {
    expect(parseEnvelope(toEnvelopeJson(papers, exportedAt))).toEqual({ ok: true, papers, library: [] });
  });

  it('keeps null year and citations', () => {
    const [, undated] = papersOf(parseEnvelope(toEnvelopeJson(papers, exportedAt)));
    expect(undated?.year).toBeNull();
    expect(undated?.citations).toBeNull();
  });

  it('rejects invalid JSON', () => {
    expect(errorOf(parseEnvelope('{"format": '))).toMatch(/^Invalid JSON: /);
  });

  it.each([['[]'], ['{"format":"zotero","version":1}'], ['null']])('rejects foreign file %s', (text) => {
    expect(parseEnvelope(text)).toEqual({
      ok: false,
      error: 'Not a Scholar Lens export: expected a JSON object with "format": "scholar-lens".',
    });
  });

  it('rejects other version', () => {
    const result = parseEnvelope(envelopeWith((data) => (data.version = 2)));
    expect(result).toEqual({ ok: false, error: 'Unsupported export version 2: this version of Scholar Lens reads version 1.' });
  });

  it('names index and field', () => {
    const result = parseEnvelope(envelopeWith((data) => (data.papers[1] = { ...data.papers[1], year: '2018' })));
    expect(result).toEqual({
      ok: false,
      error: 'Invalid paper at index 1, field "year": Invalid input: expected number, received string',
    });
  });

  it('names nested field', () => {
    const result = parseEnvelope(
      envelopeWith((data) => (data.papers[0] = { ...data.papers[0], authors: [{ name: 'A' }, { name: '' }] })),
    );
    expect(errorOf(result)).toMatch(/^Invalid paper at index 0, field "authors\[1\]\.name": Too small/);
  });

  it('names missing field', () => {
    const result = parseEnvelope(
      envelopeWith((data) => {
        delete data.papers[1]?.provenance;
      }),
    );
    expect(errorOf(result)).toMatch(/^Invalid paper at index 1, field "provenance": /);
  });

  it('counts further problems', () => {
    const result = parseEnvelope(
      envelopeWith((data) => {
        data.papers[0] = { ...data.papers[0], year: 'x', citations: -1 };
      }),
    );
    expect(errorOf(result)).toMatch(/^Invalid paper at index 0, field "year": .* \(1 more invalid field\)$/);
  });

  it('names header field', () => {
    const result = parseEnvelope(envelopeWith((data) => (data.exportedAt = 'yesterday')));
    expect(errorOf(result)).toMatch(/^Invalid field "exportedAt": /);
  });

  it('rejects non-array papers', () => {
    const result = parseEnvelope(envelopeWith((data) => (data.papers = {} as never)));
    expect(errorOf(result)).toMatch(/^Invalid field "papers": .*expected array/);
  });
});
