import { describe, expect, it } from 'vitest';
import { nameKey, namesCompatible, normalizeName, ownerMatcher, resolvePeople, stripProfileNotes } from '../../../lib/analysis/names';

function compatible(a: string, b: string): boolean {
  const left = normalizeName(a);
  const right = normalizeName(b);
  if (!left || !right) throw new Error(`no letters in "${a}" or "${b}"`);
  return namesCompatible(left, right);
}

describe('nameKey', () => {
  it.each([
    ['J Smith', 'smith j'],
    ['John Smith', 'smith j'],
    ['Smith, John', 'smith j'],
    ['Ángel Núñez', 'nunez a'],
    ['John Smith Jr.', 'smith j'],
    ['Smith, John, III', 'smith j'],
    ['CD dos Santos Júnior', 'santos c'],
    ['Wei Wang 0002', 'wang w'],
    ['Marta de Vries', 'vries m'],
    ['M de Vries', 'vries m'],
    ['Jan van den Berg', 'berg j'],
    ['Luca Della Rocca', 'rocca l'],
    ['Ana María de la Fuente', 'fuente a'],
    ['Pieter Van Acker', 'acker p'],
    ['Ludwig von Hallen', 'hallen l'],
    ['王雨桐', '王 雨桐'],
    ['佐藤 花子', '佐藤 花子'],
    ['Plato', 'plato'],
    ['W Du', 'du w'],
    ['Wei Le', 'le w'],
    ['Thi Van', 'van t'],
    ['Da, Jun', 'da j'],
    ['A Vasilʹev', 'vasilev a'],
    ["A Vasil'ev", 'vasilev a'],
    ['...', ''],
  ])('%s', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });
});

describe('namesCompatible', () => {
  it.each([
    ['J Smith', 'John Smith', true],
    ['John Smith', 'Jane Smith', false],
    ['JR Smith', 'John Robert Smith', true],
    ['JR Smith', 'John Paul Smith', false],
    ['M de Vries', 'Marta de Vries', true],
    ['Haoran Lin', 'Lin, Haoran (林浩然)', true],
    ['Minji Seo', 'Seo, Minji (서민지)', true],
    ['Anne-Claire Morel', 'Morel, Anne-Claire (莫安可)', true],
    ['Jürgen Müller', 'J Muller', true],
    ['Wei Wang 0001', 'Wei Wang 0002', false],
    ['Wei Wang 0001', 'W Wang', true],
    ['王雨桐', '王雨涵', false],
    ['佐藤 花子', '佐藤 花子', true],
  ])('%s and %s: %s', (a, b, expected) => {
    expect(compatible(a, b)).toBe(expected);
  });
});

describe('normalizeName', () => {
  it('keeps CJK names whole', () => {
    expect(normalizeName('王雨桐')).toMatchObject({ family: '王', given: ['雨桐'], cjk: true });
    expect(normalizeName('佐藤 花子')).toMatchObject({ family: '佐藤', given: ['花子'], cjk: true });
  });

  it('keeps the dblp homonym number', () => {
    expect(normalizeName('Lina Sorensen 0002')).toMatchObject({ family: 'sorensen', given: ['lina'], homonym: '0002' });
  });

  it('reads capital blocks as initials', () => {
    expect(normalizeName('KA Irshad')?.given).toEqual(['k', 'a']);
    expect(normalizeName('J.R.R. Tolkien')?.given).toEqual(['j', 'r', 'r']);
  });

  it('returns null without letters', () => {
    expect(normalizeName('  ')).toBeNull();
  });
});

describe('ownerMatcher', () => {
  it.each([
    ['Albert Einstein', 'A Einstein'],
    ['Albert Einstein', 'AE Einstein'],
    ['Irshad K A', 'KA Irshad'],
    ['Irshad K A', 'IK A'],
    ['Erwin Schrödinger', 'E Schrodinger'],
    ['Carlos Denner dos Santos', 'CD Dos Santos'],
    ['Carlos Denner dos Santos', 'C Santos Jr'],
    ['Carlos Denner dos Santos', 'CD dos Santos Júnior'],
    ['Carlos Denner dos Santos', 'CDDS Júnior'],
    ['Carlos Denner dos Santos', 'CDDS Jr.'],
    ['Carlos Denner dos Santos', 'CDS Júnior'],
    ['Carlos Denner dos Santos', 'CDDOSS JÚNIOR'],
    ['Prof. Hrudananda Jena, Ph.D', 'H Jena'],
    ['R. Manmatha', 'R Manmatha'],
    ['Marta de Vries', 'M de Vries'],
    ['王雨桐', '王雨桐'],
    ['Pérez Gómez, A.', 'Pérez Gómez, A.'],
    ['van der Berg, J.', 'van der Berg, J.'],
  ])('%s matches %s', (owner, author) => {
    expect(ownerMatcher(owner)(author)).toBe(true);
  });

  it.each([
    ['Albert Einstein', 'N Rosen'],
    ['Albert Einstein', 'B Einstein'],
    ['Irshad K A', 'A Pazhedath'],
    ['John Smith', 'Jane Smith'],
    ['Carlos Denner dos Santos', 'DCS Júnior'],
    ['Carlos Denner dos Santos', 'CDOSS Júnior'],
    ['Carlos Denner dos Santos', 'C Júnior'],
    ['王雨桐', '王雨涵'],
    ['Pérez Gómez, A.', 'Gómez, A.'],
  ])('%s does not match %s', (owner, author) => {
    expect(ownerMatcher(owner)(author)).toBe(false);
  });
});

describe('stripProfileNotes', () => {
  it('drops titles and notes', () => {
    expect(stripProfileNotes('Prof. Hrudananda Jena, Ph.D')).toBe('Hrudananda Jena');
    expect(stripProfileNotes('Josivania Silva Farias (ORCID: 0000-0...')).toBe('Josivania Silva Farias');
  });

  it('keeps capital initials', () => {
    expect(stripProfileNotes('DR Radev')).toBe('DR Radev');
  });
});

describe('resolvePeople', () => {
  it('joins initials to the full name', () => {
    const people = resolvePeople(['J Smith', 'John Smith', 'J. Smith']);
    expect(people.get('J Smith')?.name).toBe('John Smith');
    expect(people.get('J. Smith')).toBe(people.get('John Smith'));
  });

  it('separates different first names', () => {
    const people = resolvePeople(['John Smith', 'Jane Smith', 'John Smith', 'J Smith']);
    expect(people.get('John Smith')).not.toBe(people.get('Jane Smith'));
    expect(people.get('J Smith')).toBe(people.get('John Smith'));
  });

  it('separates dblp homonyms', () => {
    const people = resolvePeople(['Wei Wang 0001', 'Wei Wang 0002']);
    expect(people.get('Wei Wang 0001')).not.toBe(people.get('Wei Wang 0002'));
  });

  it('matches Scholar initials to a dblp particle name', () => {
    const people = resolvePeople(['M de Vries', 'Marta de Vries']);
    expect(people.get('M de Vries')).toBe(people.get('Marta de Vries'));
    expect(people.get('M de Vries')?.name).toBe('Marta de Vries');
  });

  it('matches a native-script note to the plain name', () => {
    const people = resolvePeople(['Haoran Lin', 'Lin, Haoran (林浩然)']);
    expect(people.get('Haoran Lin')).toBe(people.get('Lin, Haoran (林浩然)'));
  });
});
