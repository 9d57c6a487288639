import { describe, expect, it } from 'vitest';
import { displayNames } from '../../../lib/analysis/collaboration/display-names';
import type { Person } from '../../../lib/analysis/names';

function person(id: string, name: string, siteId?: string): Person {
  return { id, name, spellings: [name], ...(siteId && { siteId }) };
}

describe('displayNames', () => {
  it('keeps unique names as they are', () => {
    const names = displayNames([person('smith j', 'John Smith'), person('zhang w', 'Wei Zhang')]);
    expect(names.get('smith j')).toBe('John Smith');
    expect(names.get('zhang w')).toBe('Wei Zhang');
  });

  it('adds site ids to namesakes', () => {
    const names = displayNames([person('a', 'Wei Zhang', '77/2020-1'), person('b', 'Wei Zhang', '11/1111'), person('c', 'Wei Zhang')]);
    expect(names.get('a')).toBe('Wei Zhang (77/2020-1)');
    expect(names.get('b')).toBe('Wei Zhang (11/1111)');
    expect(names.get('c')).toBe('Wei Zhang (no id)');
  });

  it('compares names ignoring case', () => {
    const names = displayNames([person('a', 'Wei Zhang', '77/2020-1'), person('b', 'wei zhang', '11/1111')]);
    expect(names.get('a')).toBe('Wei Zhang (77/2020-1)');
    expect(names.get('b')).toBe('wei zhang (11/1111)');
  });

  it('numbers namesakes without ids', () => {
    const names = displayNames([person('a', 'Wei Zhang'), person('b', 'Wei Zhang'), person('c', 'Piet Vermaas')]);
    expect(names.get('a')).toBe('Wei Zhang (no id, 1)');
    expect(names.get('b')).toBe('Wei Zhang (no id, 2)');
    expect(names.get('c')).toBe('Piet Vermaas');
  });
});
