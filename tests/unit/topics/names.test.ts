import { describe, expect, it } from 'vitest';
import { blankNames, familyNameTokens, ownerFamilyNames } from '../../../lib/analysis/topics/names';
import { tagProfilePapers } from '../../../lib/analysis/topics/tag-papers';
import { tagPaper, type TagInput } from '../../../lib/analysis/topics/tagger';
import { tokenize } from '../../../lib/analysis/topics/tokens';

describe('familyNameTokens', () => {
  it('reads family names', () => {
    const authors = [{ name: 'A Einstein' }, { name: 'Born, Max' }, { name: 'Marie Sklodowska-Curie' }];
    const names = familyNameTokens(authors, 'Letters of Einstein, Born and Sklodowska-Curie');
    expect([...names].sort()).toEqual(['born', 'curie', 'einstein', 'sklodowska']);
  });

  it('skips names of one or two letters', () => {
    expect(familyNameTokens([{ name: 'Wei Li' }, { name: 'A Ng' }], 'Li and Ng').size).toBe(0);
  });

  it('skips names the text lacks', () => {
    expect(familyNameTokens([{ name: 'A Einstein' }, { name: 'M Born' }], 'Letters of Einstein')).toEqual(new Set(['einstein']));
  });
});

describe('blankNames', () => {
  it('blanks names in place', () => {
    const tokens = tokenize('Albert Einstein on relativity');
    blankNames(tokens, new Set(['einstein']));
    expect(tokens).toEqual(['albert', '', 'on', 'relativity']);
  });
});

describe('tagPaper with authors', () => {
  it('reads no topic from an author name', () => {
    expect(tagPaper({ title: 'Einstein on peace' }).map((topic) => topic.class)).toContain('gr-qc');
    expect(tagPaper({ title: 'Einstein on peace', authors: [{ name: 'A Einstein' }, { name: 'O Nathan' }] })).toEqual([]);
  });

  it('keeps topic words of other authors', () => {
    const [best] = tagPaper({ title: 'Einstein equations and black holes', authors: [{ name: 'J Smith' }] });
    expect(best?.class).toBe('gr-qc');
  });
});

describe('tagPaper function words', () => {
  it('reads no topic from prepositions', () => {
    expect(tagPaper({ title: 'Letter, after 15 Jun 1918' })).toEqual([]);
  });
});

describe('ownerFamilyNames', () => {
  const byEinstein = (title: string) => ({ title, authors: [{ name: 'A Einstein' }, { name: 'L Infeld' }] });

  it('finds the name on most papers', () => {
    const papers = [byEinstein('One'), byEinstein('Two'), { title: 'Three', authors: [{ name: 'C Seelig' }] }];
    expect(ownerFamilyNames(papers)).toEqual(new Set(['einstein', 'infeld']));
  });

  it('needs three papers with authors', () => {
    const papers: TagInput[] = [byEinstein('One'), byEinstein('Two'), { title: 'Three' }];
    expect(ownerFamilyNames(papers).size).toBe(0);
  });

  it('reads no topic from the owner in titles', () => {
    const papers = [
      byEinstein('On the motion of particles in general relativity'),
      byEinstein('Gravitational waves'),
      byEinstein('The particle problem in the general theory of relativity'),
      { title: 'Einstein: a pictorial biography', authors: [{ name: 'W Cahn' }] },
    ];
    expect(tagProfilePapers(papers)[3]).toEqual([]);
  });
});
