import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../lib/analysis/topics/tokens';

describe('tokenize', () => {
  it('folds plurals and accents', () => {
    expect(tokenize('Galaxies and Networks über Prozesse')).toEqual(['galaxy', 'and', 'network', 'uber', 'prozesse']);
  });

  it('keeps the spelling of folded words', () => {
    const written = new Map<string, string>();
    tokenize('Time series of galaxies and gases', written);
    expect(Object.fromEntries(written)).toEqual({ sery: 'series', galaxy: 'galaxies', gase: 'gases' });
  });

  it.each([
    ['Letter to Michele Besso, 9 Mar 1917', ['letter', 'to', 'michele', 'besso', '9', '', '1917']],
    ['Kritisches zu De Sitter, 7 Mär 1918', ['kritische', 'zu', 'de', 'sitter', '7', '', '1918']],
    ['Lecture of Dec 1921', ['lecture', 'of', '', '1921']],
  ])('drops the month of a date in %j', (title, tokens) => {
    expect(tokenize(title)).toEqual(tokens);
  });

  it('keeps Mars next to a number', () => {
    expect(tokenize('Dust on Mars 2020')).toEqual(['dust', 'on', 'mar', '2020']);
  });

  it('keeps a month word without a number', () => {
    expect(tokenize('Mar Menor lagoon')).toEqual(['mar', 'menor', 'lagoon']);
  });
});
