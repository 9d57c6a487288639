import { describe, expect, it } from 'vitest';
import { venueParts } from '../../../lib/export/venue';
import { venueLine } from '../../../lib/import/venue';

describe('venueLine', () => {
  const cases: [title: string, volume: string | undefined, issue: string | undefined, pages: string | undefined, line: string][] = [
    ['Meat Science', '49', '2', '137-144', 'Meat Science 49 (2), 137-144'],
    ['Meat Science', '49', '2', '137--144', 'Meat Science 49 (2), 137-144'],
    ['Nature', '521', undefined, '436', 'Nature 521, 436'],
    ['PLoS ONE', '5', '3', 'e1001234', 'PLoS ONE 5 (3), e1001234'],
    ['Nature', '521', '7553', undefined, 'Nature 521 (7553)'],
    ['Journal of Hepatology', '12', '1', '', 'Journal of Hepatology 12 (1)'],
    ['2010 Brazilian symposium on software engineering', undefined, undefined, '11–20', '2010 Brazilian symposium on software engineering, 11-20'],
  ];
  for (const [title, volume, issue, pages, line] of cases) {
    it(`joins ${line}`, () => {
      expect(venueLine(title, volume, issue, pages)).toBe(line);
    });
  }

  it('splits back into same parts', () => {
    expect(venueParts(venueLine('Meat Science', '49', '2', '137--144'))).toEqual({ title: 'Meat Science', volume: '49', issue: '2', firstPage: '137', lastPage: '144' });
  });

  it('keeps title for unsplittable parts', () => {
    expect(venueLine('Nature', '521', undefined, undefined)).toBe('Nature');
    expect(venueLine('CoRR', 'abs/2408.03465', '7', undefined)).toBe('CoRR');
    expect(venueLine('CoRR', 'abs/2408.03465', undefined, undefined)).toBe('CoRR');
    expect(venueLine('CCC 2023', '264', undefined, '28:1--28:16')).toBe('CCC 2023');
    expect(venueLine('Proceedings of CCC, 2023', undefined, undefined, '11--20')).toBe('Proceedings of CCC, 2023');
    expect(venueLine('Workshop notes', undefined, undefined, '11')).toBe('Workshop notes');
  });
});
