import { describe, expect, it } from 'vitest';
import { bibtexNameLetters, escapeLatex, mathCharactersAsLatex, pdflatexText, rawFieldValue } from '../../../lib/export/latex';
import { decodeLatex } from './helpers';

describe('escapeLatex', () => {
  it.each([
    ['Rivers & Deltas: a field guide', 'Rivers \\& Deltas: a field guide'],
    ['Measurements of 100 % renewable fuel blends', 'Measurements of 100 \\% renewable fuel blends'],
    ['Costs in $ and # of users: a_b test', 'Costs in \\$ and \\# of users: a\\_b test'],
    ['set {a} braces', 'set \\{a\\} braces'],
    ['Digital Libraries}', 'Digital Libraries\\textbraceright{}'],
    ['{a} {b', '\\{a\\} \\textbraceleft{}b'],
    ['back\\slash ~ and ^', 'back\\textbackslash{}slash \\textasciitilde{} and \\textasciicircum{}'],
  ])('escapes specials: %s', (input, expected) => {
    expect(escapeLatex(input)).toBe(expected);
  });

  it('keeps object property names', () => {
    expect(escapeLatex('constructor toString __proto__', { protectCase: true })).toBe('constructor {toString} \\_\\_proto\\_\\_');
    expect(escapeLatex('hasOwnProperty')).toBe('hasOwnProperty');
  });

  it('keeps UTF-8', () => {
    expect(escapeLatex('Kovač, Ørsted, 王小明')).toBe('Kovač, Ørsted, 王小明');
  });

  it.each([
    ['Ocean {\\&} Coast', 'Ocean \\& Coast'],
    ['Ocean \\& Coast', 'Ocean \\& Coast'],
    ['Ocean & Coast', 'Ocean \\& Coast'],
    ['100\\% sure', '100\\% sure'],
    ['a\\_b', 'a\\_b'],
  ])('escapes once: %s', (input, expected) => {
    expect(escapeLatex(input)).toBe(expected);
  });

  it('keeps balanced math', () => {
    expect(escapeLatex('Sorting in $O(n \\log n)$ time with 5% extra memory')).toBe(
      'Sorting in $O(n \\log n)$ time with 5\\% extra memory',
    );
    expect(escapeLatex('The $\\mathcal{O}(1)$ bound')).toBe('The $\\mathcal{O}(1)$ bound');
  });

  it.each([
    ['Costs in $ and # of users', 'Costs in \\$ and \\# of users'],
    ['Prices from $5 and $10', 'Prices from \\$5 and \\$10'],
    ['A $ x$ gap', 'A \\$ x\\$ gap'],
    ['Open $x} brace$', 'Open \\$x\\textbraceright{} brace\\$'],
    ['Escaped \\$x\\$ dollars', 'Escaped \\$x\\$ dollars'],
  ])('treats unbalanced dollars as text: %s', (input, expected) => {
    expect(escapeLatex(input)).toBe(expected);
  });

  it('escapes breaking characters inside math', () => {
    expect(escapeLatex('$a%b$')).toBe('$a\\%b$');
  });

  it.each([
    ['Fast GPU kernels for BERT', 'Fast {GPU} kernels for {BERT}'],
    ['Training on ImageNet in 3D', 'Training on {ImageNet} in {3D}'],
    ['Rivers & Deltas: a field guide', 'Rivers \\& Deltas: a field guide'],
    ['COVID-19 cases', '{COVID}-19 cases'],
    ['Removal of Cs+ and Sr2+ ions', 'Removal of Cs+ and {Sr2}+ ions'],
    ['Pyrochlore iridates (Sm1-xBix)2Ir2O7', 'Pyrochlore iridates ({Sm1}-{xBix}){2Ir2O7}'],
    ['Route 66 in 1950', 'Route 66 in 1950'],
  ])('protects case: %s', (input, expected) => {
    expect(escapeLatex(input, { protectCase: true })).toBe(expected);
  });

  it('leaves case unprotected by default', () => {
    expect(escapeLatex('Fast GPU kernels')).toBe('Fast GPU kernels');
  });

  it.each([
    'Measurements of 100 % renewable fuel blends in small engines',
    'Sorting in $O(n \\log n)$ time with 5% extra memory',
    'Costs in $ and # of users: a_b test',
    'Odd {braces} and back\\slash ~ ^ in GPU titles',
  ])('round-trips: %s', (input) => {
    expect(decodeLatex(escapeLatex(input, { protectCase: true }))).toBe(input);
  });
});

describe('mathCharactersAsLatex', () => {
  it.each([
    ['T ≤ 5 K', 'T {$\\leq$} 5 K'],
    ['Ca1−xDy', 'Ca1\\textminus{}xDy'],
    ['the $a ≤ b$ case', 'the $a \\leq  b$ case'],
    ['α decay', '{$\\alpha$} decay'],
    ['plain title', 'plain title'],
  ])('writes %s', (input, expected) => {
    expect(mathCharactersAsLatex(input)).toBe(expected);
  });

  it('protects a formula with a minus', () => {
    expect(escapeLatex('(Eu1−xLax)2O3', { protectCase: true })).toBe('({Eu1−xLax}){2O3}');
  });
});

describe('transliteration marks', () => {
  it.each([
    ['Kuznet\ufe20s\ufe21ov', 'Kuznetsov'],
    ['Vasilʹev', "Vasil'ev"],
    ['Ḳimḥi', '{\\d{K}}im{\\d{h}}i'],
    ['Đorđe', '{\\DJ}or{\\dj}e'],
    ['Guðrún Þórsdóttir', "Gu{\\dh}r{\\'u}n {\\TH}{\\'o}rsd{\\'o}ttir"],
  ])('names: %s', (name, written) => {
    expect(bibtexNameLetters(name)).toBe(written);
  });

  it.each([
    ['Moleküldimensionen” \ufe01', 'Moleküldimensionen” '],
    ['Sushchnostʹ i znachenie', "Sushchnost' i znachenie"],
    ['Hệ thống', "H{\\^{\\d{e}}} th{\\'{\\^o}}ng"],
    ['Ngườ', 'Ngườ'],
  ])('titles: %s', (title, written) => {
    expect(pdflatexText(title)).toBe(written);
  });
});

describe('rawFieldValue', () => {
  it('keeps URL and DOI bytes', () => {
    expect(rawFieldValue('https://github.com/example-lab/graph_sketch_tools')).toBe(
      'https://github.com/example-lab/graph_sketch_tools',
    );
    expect(rawFieldValue('10.5555/ab_cd.2022_01')).toBe('10.5555/ab_cd.2022_01');
    expect(rawFieldValue('https://example.org/a%20b#c&d')).toBe('https://example.org/a%20b#c&d');
  });

  it('percent-encodes braces', () => {
    expect(rawFieldValue('https://example.org/{id}')).toBe('https://example.org/%7Bid%7D');
  });
});
