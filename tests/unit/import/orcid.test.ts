import { describe, expect, it } from 'vitest';
import { parseImportFile, type ImportParseResult } from '../../../lib/import';

const now = '2026-03-01T00:00:00.000Z';

function entriesOf(result: ImportParseResult) {
  if (!result.ok) throw new Error(`expected a valid file, got: ${result.error}`);
  expect(result.format).toBe('orcid');
  return result.entries;
}

const doi = (value: string, relationship = 'self') => ({ 'external-id-type': 'doi', 'external-id-value': value, 'external-id-relationship': relationship });
const summary = (putCode: number, title: string, extra: Record<string, unknown> = {}) => ({
  'put-code': putCode,
  title: { title: { value: title } },
  path: `/0000-0002-1825-0097/work/${putCode}`,
  ...extra,
});

/** ORCID groups the summaries that two sources added for one work. */
const works = {
  group: [
    {
      'external-ids': { 'external-id': [doi('10.5555/abc.2020.1')] },
      'work-summary': [
        summary(1001, 'Coastal erosion maps from drones', { type: 'journal-article', 'publication-date': { year: { value: '2020' } }, source: { 'source-name': { value: 'Crossref' } } }),
        summary(1002, 'Coastal Erosion Maps From Drones.', {
          type: 'journal-article',
          'publication-date': { year: { value: '2020' }, month: { value: '05' } },
          'journal-title': { value: 'Coastal Letters' },
          url: { value: 'https://example.org/erosion' },
          'external-ids': { 'external-id': [doi('10.5555/abc.2020.1'), doi('10.5555/coastal', 'part-of')] },
        }),
      ],
    },
    { 'external-ids': { 'external-id': [] }, 'work-summary': [summary(1003, 'Drone survey field manual', { type: 'report', 'publication-date': null })] },
  ],
  path: '/0000-0002-1825-0097/works',
};

describe('ORCID works import', () => {
  it('reads one paper per group', () => {
    const [erosion, manual, ...rest] = entriesOf(parseImportFile(JSON.stringify(works), now));
    expect(rest).toHaveLength(0);
    expect(erosion?.paper.ids).toEqual({ doi: '10.5555/abc.2020.1' });
    expect(erosion?.paper.year).toBe(2020);
    expect(erosion?.paper.venue).toBe('Coastal Letters');
    expect(erosion?.paper.type).toBe('journal');
    expect(manual?.paper.title).toBe('Drone survey field manual');
    expect(manual?.paper.ids).toEqual({});
    expect(manual?.paper.year).toBeNull();
    expect(manual?.paper.type).toBeUndefined();
  });

  it('takes the fullest summary first', () => {
    const [erosion] = entriesOf(parseImportFile(JSON.stringify(works), now));
    expect(erosion?.paper.title).toBe('Coastal Erosion Maps From Drones.');
  });

  it('links every source record', () => {
    const [erosion] = entriesOf(parseImportFile(JSON.stringify(works), now));
    expect(erosion?.paper.links).toEqual([
      { kind: 'publisher', url: 'https://example.org/erosion' },
      { kind: 'doi', url: 'https://doi.org/10.5555/abc.2020.1' },
      { kind: 'detail', url: 'https://orcid.org/0000-0002-1825-0097/work/1001' },
      { kind: 'detail', url: 'https://orcid.org/0000-0002-1825-0097/work/1002' },
    ]);
  });

  it('links an iD ending in X', () => {
    const record = { group: [{ 'external-ids': null, 'work-summary': [{ 'put-code': 5, title: { title: { value: 'Tidal notes' } }, path: '/0000-0002-1694-233X/work/5' }] }] };
    const [entry] = entriesOf(parseImportFile(JSON.stringify(record), now));
    expect(entry?.paper.links).toEqual([{ kind: 'detail', url: 'https://orcid.org/0000-0002-1694-233X/work/5' }]);
  });

  it('rejects an empty record', () => {
    const result = parseImportFile(JSON.stringify({ 'last-modified-date': null, group: [], path: '/0000-0003-1620-1408/works' }), now);
    expect(result).toEqual({ ok: false, error: 'The ORCID works file lists no works: nothing to import.' });
  });

  it('names an ORCID error response', () => {
    const missing = { 'response-code': 404, 'developer-message': '404 Not Found: ORCID iD Asfaf not found', 'user-message': 'The resource was not found.', 'error-code': 9016 };
    const result = parseImportFile(JSON.stringify(missing, null, 2), now);
    expect(result.ok ? '' : result.error).toContain('The file is an ORCID error response (404: The resource was not found.), not a list of works.');
  });

  it('names an invalid field', () => {
    const broken = { group: [{ 'external-ids': null, 'work-summary': [{ 'put-code': 'x', title: null }] }], path: '/0000-0002-1825-0097/works' };
    const result = parseImportFile(JSON.stringify(broken), now);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toContain('Invalid ORCID works file, field "group[0].work-summary[0].put-code"');
  });

  it('rejects a work without title', () => {
    const untitled = { group: [{ 'external-ids': null, 'work-summary': [{ 'put-code': 7, title: null }] }], path: '/0000-0002-1825-0097/works' };
    const result = parseImportFile(JSON.stringify(untitled), now);
    expect(result.ok ? '' : result.error).toContain('Invalid work 1, field "title"');
  });
});
