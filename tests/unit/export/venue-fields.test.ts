import { describe, expect, it } from 'vitest';
import { toBibtex } from '../../../lib/export/bibtex';
import { toCslJson } from '../../../lib/export/csl';
import { toRis } from '../../../lib/export/ris';
import { makePaper, readBibEntries } from './helpers';

const meat = makePaper({ id: 'gs-meat', title: 'Pig carcass quality', authors: ['PD Warriss'], venue: 'Meat Science 49 (2), 137-144', year: 1998 });
const cut = { ...makePaper({ id: 'gs-cut', title: 'Cut venue', authors: ['A Author'], venue: 'Journal of Things 12 (3), 45' }), venueTruncated: true };

describe('venue numbers in exports', () => {
  it('splits BibTeX volume, number and pages', () => {
    const [entry] = readBibEntries(toBibtex([meat])).values();
    expect(entry?.fields.get('journal')).toBe('Meat Science');
    expect(entry?.fields.get('volume')).toBe('49');
    expect(entry?.fields.get('number')).toBe('2');
    expect(entry?.fields.get('pages')).toBe('137--144');
  });

  it('writes RIS VL, IS, SP and EP', () => {
    const lines = toRis([meat]).split('\r\n');
    expect(lines).toContain('T2  - Meat Science');
    expect(lines).toContain('VL  - 49');
    expect(lines).toContain('IS  - 2');
    expect(lines).toContain('SP  - 137');
    expect(lines).toContain('EP  - 144');
  });

  it('writes CSL volume, issue and page', () => {
    const [item] = toCslJson([meat]);
    expect(item).toMatchObject({ 'container-title': 'Meat Science', volume: '49', issue: '2', page: '137-144' });
  });

  it('keeps a cut venue whole', () => {
    const [entry] = readBibEntries(toBibtex([cut])).values();
    expect(entry?.fields.get('journal')).toBe('Journal of Things 12 (3), 45');
    expect(entry?.fields.has('volume')).toBe(false);
  });
});
