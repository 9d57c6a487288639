import { describe, expect, it } from 'vitest';
import { ExportEnvelope, parseEnvelope, toEnvelopeJson, type ParseEnvelopeResult, type ProfileEntry } from '../../../lib/export/envelope';
import { makePaper } from './helpers';

const papers = [
  makePaper({ id: 'p1', title: 'Rivers & Deltas', venue: 'Ocean & Coast', year: 2020, citations: 4, authors: ['Ines Kovač'] }),
  makePaper({ id: 'p2', title: 'Field notes', authors: ['R Nyberg'], authorsTruncated: true }),
];
const exportedAt = new Date('2024-05-01T12:30:00.000Z');
const profiles: ProfileEntry[] = [
  {
    site: 'google-scholar',
    id: 'QQQQ',
    key: 'google-scholar:QQQQ',
    name: 'Ines Kovač',
    affiliation: 'Université de Genève',
    interests: ['Coastal oceanography'],
    metrics: { citations: { all: 120, recent: 40 }, hIndex: { all: 6, recent: 4 }, recentSince: 2019 },
    coauthors: [{ name: 'R Nyberg', url: 'https://scholar.google.com/citations?user=RRRR', siteId: 'RRRR' }],
    url: 'https://scholar.google.com/citations?user=QQQQ',
    updatedAt: '2024-04-30T08:00:00.000Z',
  },
  {
    site: 'dblp',
    id: 'n/Nyberg:R',
    key: 'dblp:n/Nyberg:R',
    name: 'R Nyberg',
    affiliation: null,
    interests: [],
    metrics: {},
    coauthors: [],
    url: 'https://dblp.org/pid/n/Nyberg:R.html',
    updatedAt: '2024-04-29T08:00:00.000Z',
  },
];

function errorOf(result: ParseEnvelopeResult): string {
  if (result.ok) throw new Error('Expected the parse to fail');
  return result.error;
}

function papersOf(result: ParseEnvelopeResult) {
  if (!result.ok) throw new Error(`Expected the parse to succeed: ${result.error}`);
  return result.papers;
}

type EnvelopeData = { papers: Array<Record<string, unknown>>; profiles: Array<Record<string, unknown>> } & Record<string, unknown>;

function envelopeWith(change: (data: EnvelopeData) => void): string {
  const data = JSON.parse(toEnvelopeJson(papers, exportedAt, undefined, profiles));
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

  it('writes profiles when given', () => {
    const data = JSON.parse(toEnvelopeJson(papers, exportedAt, undefined, profiles));
    expect(data.version).toBe(1);
    expect(data.profiles).toEqual(profiles);
    expect('profiles' in JSON.parse(toEnvelopeJson(papers, exportedAt))).toBe(false);
  });
});

describe('parseEnvelope', () => {
  it('round-trips papers', () => {
    expect(parseEnvelope(toEnvelopeJson(papers, exportedAt))).toEqual({ ok: true, papers, library: [], profiles: [] });
  });

  it('round-trips profiles', () => {
    expect(parseEnvelope(toEnvelopeJson(papers, exportedAt, undefined, profiles))).toEqual({ ok: true, papers, library: [], profiles });
  });

  it('reads file without profiles', () => {
    const text = JSON.stringify({ format: 'scholar-lens', version: 1, exportedAt: '2024-05-01T12:30:00.000Z', papers });
    expect(parseEnvelope(text)).toEqual({ ok: true, papers, library: [], profiles: [] });
  });

  it('ignores unknown fields', () => {
    const result = parseEnvelope(
      envelopeWith((data) => {
        data.collections = [{ name: 'later field' }];
        data.profiles[0] = { ...data.profiles[0], homepage: 'https://example.org' };
      }),
    );
    expect(result).toEqual({ ok: true, papers, library: [], profiles });
  });

  it('reads an empty profile name as null', () => {
    const result = parseEnvelope(envelopeWith((data) => (data.profiles[1] = { ...data.profiles[1], name: '' })));
    if (!result.ok) throw new Error(`Expected the parse to succeed: ${result.error}`);
    expect(result.profiles[1]?.name).toBeNull();
    expect(result.profiles[0]?.name).toBe('Ines Kovač');
  });

  it('names profile index and field', () => {
    const result = parseEnvelope(envelopeWith((data) => (data.profiles[1] = { ...data.profiles[1], url: 'javascript:alert(1)' })));
    expect(errorOf(result)).toMatch(/^Invalid profile at index 1, field "url": /);
  });

  it('names missing profile field', () => {
    const result = parseEnvelope(
      envelopeWith((data) => {
        delete data.profiles[0]?.updatedAt;
      }),
    );
    expect(errorOf(result)).toMatch(/^Invalid profile at index 0, field "updatedAt": /);
  });

  it('rejects mismatched profile key', () => {
    const result = parseEnvelope(envelopeWith((data) => (data.profiles[1] = { ...data.profiles[1], key: 'dblp:other' })));
    expect(result).toEqual({
      ok: false,
      error: 'Invalid profile at index 1, field "key": expected "dblp:n/Nyberg:R", the profile\'s site and id',
    });
  });

  it('rejects non-array profiles', () => {
    const result = parseEnvelope(envelopeWith((data) => (data.profiles = {} as never)));
    expect(errorOf(result)).toMatch(/^Invalid field "profiles": .*expected array/);
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
