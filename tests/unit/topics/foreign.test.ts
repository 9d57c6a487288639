import { describe, expect, it } from 'vitest';
import { blankForeignFalseFriends } from '../../../lib/analysis/topics/foreign';
import { tagPaper } from '../../../lib/analysis/topics/tagger';
import { tokenize } from '../../../lib/analysis/topics/tokens';

describe('blankForeignFalseFriends', () => {
  it('blanks accented words of another language', () => {
    const tokens = tokenize('Mi visión del mundo');
    blankForeignFalseFriends('Mi visión del mundo', tokens);
    expect(tokens).toEqual(['mi', '', 'del', 'mundo']);
  });

  it('keeps accented words in English titles', () => {
    const tokens = tokenize('On the Schrödinger equation');
    blankForeignFalseFriends('On the Schrödinger equation', tokens);
    expect(tokens).toContain('schrodinger');
  });
});

describe('tagPaper in other languages', () => {
  it('reads no English false friend', () => {
    expect(tagPaper({ title: 'Mi visión del mundo' })).toEqual([]);
  });

  it('keeps words spelled as in English', () => {
    expect(tagPaper({ title: 'Die Feldgleichungen der Gravitation' })[0]?.class).toBe('gr-qc');
    expect(tagPaper({ title: "Hilbert et le problème de covariance dans les équations de la gravitation" })[0]?.class).toBe('gr-qc');
  });
});
