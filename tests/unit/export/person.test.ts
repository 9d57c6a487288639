import { describe, expect, it } from 'vitest';
import { splitCitationName, splitName } from '../../../lib/export/person';

describe('splitName', () => {
  it.each([
    ['Ines Kovač', 'Ines', 'Kovač'],
    ['J Smith', 'J', 'Smith'],
    ['KA Irshad', 'KA', 'Irshad'],
    ['AB Lee', 'AB', 'Lee'],
    ['PGR De Almeida', 'PGR', 'De Almeida'],
    ['Ludwig van Beethoven', 'Ludwig', 'van Beethoven'],
    ['J. R. R. Tolkien', 'J. R. R.', 'Tolkien'],
  ])('western order: %s', (input, given, family) => {
    expect(splitName(input)).toEqual({ given, family });
  });

  it.each([
    ['Marta de Vries', 'Marta', 'de Vries'],
    ['Jan van den Berg', 'Jan', 'van den Berg'],
    ['Luca Della Rocca', 'Luca', 'Della Rocca'],
    ['Ana María de la Fuente', 'Ana María', 'de la Fuente'],
    ['Pieter Van Acker', 'Pieter', 'Van Acker'],
    ['Ludwig von Hallen', 'Ludwig', 'von Hallen'],
    ['M de Vries', 'M', 'de Vries'],
    ['Carla dos Santos', 'Carla', 'dos Santos'],
    ['Anna di Stefano', 'Anna', 'di Stefano'],
    ['Marie du Pont', 'Marie', 'du Pont'],
  ])('particles: %s', (input, given, family) => {
    expect(splitName(input)).toEqual({ given, family });
  });

  it('first word stays given', () => {
    expect(splitName('Da Wei')).toEqual({ given: 'Da', family: 'Wei' });
    expect(splitName('Le Zhang')).toEqual({ given: 'Le', family: 'Zhang' });
  });

  it.each([
    ['Martin Luther King Jr.', 'Martin Luther', 'King', 'Jr.'],
    ['Martin Luther King, Jr.', 'Martin Luther', 'King', 'Jr.'],
    ['King, Martin Luther, Jr.', 'Martin Luther', 'King', 'Jr.'],
    ['King, Jr., Martin Luther', 'Martin Luther', 'King', 'Jr.'],
    ['John Smith III', 'John', 'Smith', 'III'],
    ['CD Santos Júnior', 'CD', 'Santos', 'Júnior'],
    ['CD dos Santos Junior', 'CD', 'dos Santos', 'Junior'],
    ['JA Silva Filho', 'JA', 'Silva', 'Filho'],
  ])('suffix: %s', (input, given, family, suffix) => {
    expect(splitName(input)).toEqual({ given, family, suffix });
  });

  it.each([
    ['C. D. D. S. Júnior', 'C. D. D. S.'],
    ['C D S Júnior', 'C D S'],
    ['CDS Júnior', 'CDS'],
  ])('suffix word after initials is the family: %s', (input, given) => {
    expect(splitName(input)).toEqual({ given, family: 'Júnior' });
  });

  it('reads family-first comma form', () => {
    expect(splitName('Kovač, Ines')).toEqual({ given: 'Ines', family: 'Kovač' });
    expect(splitName('de Vries, Marta')).toEqual({ given: 'Marta', family: 'de Vries' });
  });

  it('drops dblp homonym number', () => {
    expect(splitName('Lina Sorensen 0002')).toEqual({ given: 'Lina', family: 'Sorensen' });
    expect(splitName('Wei Zhang 0001')).toEqual({ given: 'Wei', family: 'Zhang' });
  });

  it('collapses whitespace', () => {
    expect(splitName('  Tor \n Aas ')).toEqual({ given: 'Tor', family: 'Aas' });
  });

  it('keeps single word as family', () => {
    expect(splitName('Plato')).toEqual({ given: '', family: 'Plato' });
  });

  it.each([
    ['王小明', '小明', '王'],
    ['王雨桐', '雨桐', '王'],
    ['張偉', '偉', '張'],
    ['欧阳娜娜', '娜娜', '欧阳'],
    ['서민지', '민지', '서'],
    ['남궁민수', '민수', '남궁'],
  ])('CJK without space: %s', (input, given, family) => {
    expect(splitName(input)).toEqual({ given, family });
  });

  it('keeps CJK family-first order with space', () => {
    expect(splitName('佐藤 花子')).toEqual({ given: '花子', family: '佐藤' });
  });

  it.each(['佐藤花子', '田中誠', 'さとうはなこ', '王小明明明'])('leaves unsure CJK whole: %s', (input) => {
    expect(splitName(input)).toEqual({ given: '', family: input });
  });

  it('moves native script to altName', () => {
    expect(splitName('Haoran Lin (林浩然)')).toEqual({ given: 'Haoran', family: 'Lin', altName: '林浩然' });
    expect(splitName('Lin, Haoran (林浩然)')).toEqual({ given: 'Haoran', family: 'Lin', altName: '林浩然' });
    expect(splitName('Minji Seo（서민지）')).toEqual({ given: 'Minji', family: 'Seo', altName: '서민지' });
    expect(splitName('Anne-Claire Morel (莫安可)')).toEqual({ given: 'Anne-Claire', family: 'Morel', altName: '莫安可' });
    expect(splitName('John Smith (Oxford)')).toEqual({ given: 'John', family: 'Smith' });
    expect(splitName('Robert (Bob) Smith')).toEqual({ given: 'Robert', family: 'Smith' });
  });

  it('keeps name given only in parentheses', () => {
    expect(splitName('(王雨桐)')).toEqual({ given: '雨桐', family: '王' });
    expect(splitName('(Oxford)')).toEqual({ given: '', family: '(Oxford)' });
  });
});

describe('splitCitationName', () => {
  it.each([
    ['PD Warriss', 'P. D.', 'Warriss'],
    ['KA Irshad', 'K. A.', 'Irshad'],
    ['A Einstein', 'A.', 'Einstein'],
    ['PGRS De Almeida', 'P. G. R. S.', 'De Almeida'],
    ['Warriss, PD', 'P. D.', 'Warriss'],
    ['Mary PD Smith', 'Mary P. D.', 'Smith'],
    ['SM MENDES', 'S. M.', 'MENDES'],
    ['ÂMF LIMA', 'Â. M. F.', 'LIMA'],
  ])('spells out initials: %s', (input, given, family) => {
    expect(splitCitationName(input)).toEqual({ given, family });
  });

  it.each([
    ['Ines Kovač', 'Ines', 'Kovač'],
    ['J. R. R. Tolkien', 'J. R. R.', 'Tolkien'],
    ['ABCDE Fischer', 'ABCDE', 'Fischer'],
    ['JOHANNES SMITH', 'JOHANNES', 'SMITH'],
    ['Pd Warriss', 'Pd', 'Warriss'],
    ['王雨桐', '雨桐', '王'],
    ['佐藤 花子', '花子', '佐藤'],
    ['Plato', '', 'Plato'],
  ])('keeps given name: %s', (input, given, family) => {
    expect(splitCitationName(input)).toEqual({ given, family });
  });

  it('keeps suffix and native script', () => {
    expect(splitCitationName('ML King Jr.')).toEqual({ given: 'M. L.', family: 'King', suffix: 'Jr.' });
    expect(splitCitationName('H Lin (林浩然)')).toEqual({ given: 'H.', family: 'Lin', altName: '林浩然' });
  });
});
