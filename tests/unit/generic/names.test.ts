import { describe, expect, it } from 'vitest';
import { isPersonName, nameKey, readNameList, splitNameList } from '../../../lib/sites/generic/names';

describe('isPersonName', () => {
  it.each(['Jane Doe', 'J. Doe', 'Doe, J.', 'AM Smith', 'Zhu, W.', 'Hou, A. B.', 'Saurel, J.-M.', 'Ludwig van Beethoven', 'Isaac McBrearty', 'Séamus Holden', 'Anđela Šarić', 'Estibaliz Gómez-de-Mariscal', 'Omar Abd-el-Rahman'])(
    'accepts %s',
    (name) => {
      expect(isPersonName(name)).toBe(true);
    },
  );

  it.each(['Deep Learning', 'Nature Communications', 'In ICLR', 'Journal of Physics', 'US Patent 9,104,700', 'PDF', 'Congratulations to Jane Doe', 'By Tom Okafor', 'published in 2019'])(
    'rejects %s',
    (text) => {
      expect(isPersonName(text)).toBe(false);
    },
  );
});

describe('splitNameList', () => {
  it('keeps sorted names whole', () => {
    expect(splitNameList('Zhu, W., Hou, A. B., & Beroza, G. C.')).toEqual(['Zhu, W.', 'Hou, A. B.', 'Beroza, G. C.']);
  });

  it('keeps multi-word family names whole', () => {
    expect(splitNameList('García Márquez, G., van der Berg, J., & López Obrador, A. M.')).toEqual([
      'García Márquez, G.',
      'van der Berg, J.',
      'López Obrador, A. M.',
    ]);
    expect(splitNameList('Ó Dálaigh, S., & Lee, K.')).toEqual(['Ó Dálaigh, S.', 'Lee, K.']);
  });

  it('adds no initials to full names', () => {
    expect(splitNameList('Jane Q. Doe, J., Bo Chen')).toEqual(['Jane Q. Doe', 'J.', 'Bo Chen']);
  });

  it('splits on and, pipes and semicolons', () => {
    expect(splitNameList('Ann Lee | Bo Chen; Cy Dow and Di Eng')).toEqual(['Ann Lee', 'Bo Chen', 'Cy Dow', 'Di Eng']);
  });
});

describe('readNameList', () => {
  it('takes the longest run of names', () => {
    expect(readNameList('Graph models, Ann Lee, Bo Chen, Cy Dow, Proceedings of ACL').names).toEqual(['Ann Lee', 'Bo Chen', 'Cy Dow']);
  });

  it('marks a list cut short', () => {
    expect(readNameList('A Smith, B Lee, ...').truncated).toBe(true);
    expect(readNameList('A Smith, B Lee').truncated).toBe(false);
    expect(readNameList('Christoph Spahn, Romain F Laine, and 8 more authors').truncated).toBe(true);
    expect(readNameList('Séamus Holden, Christoph Spahn, Romain F Laine, et al.').truncated).toBe(true);
    expect(readNameList('Séamus Holden, Cees Dekker et al.').truncated).toBe(true);
    expect(readNameList('Séamus Holden, Mike Heilemann, and 12 others').truncated).toBe(true);
    expect(readNameList('Anne Dupont et Marc Leroy').names).toEqual(['Anne Dupont', 'Marc Leroy']);
  });

  it('keeps last author after ellipsis', () => {
    const list = readNameList('Retailleau, L., Saurel, J.-M., Zhu, W., ... Segou, M.');
    expect(list.names).toEqual(['Retailleau, L.', 'Saurel, J.-M.', 'Zhu, W.', 'Segou, M.']);
    expect(list.truncated).toBe(true);
  });

  it.each([
    ['Lee, D., Smith, J., . . . Zhang, W.', 'Zhang, W.'],
    ['Lee, D., Smith, J., ... van der Berg, J.', 'van der Berg, J.'],
  ])('reads the last author of %s', (text, last) => {
    const list = readNameList(text);
    expect(list.names.at(-1)).toBe(last);
    expect(list.truncated).toBe(true);
  });

  it("reads the particle 't", () => {
    expect(readNameList("Lee, D., Smith, J., & van 't Hoff, J.").names).toEqual(['Lee, D.', 'Smith, J.', "van 't Hoff, J."]);
  });

  it('keeps names around a hyphenated particle', () => {
    const list = 'Christoph Spahn, Estibaliz Gómez-de-Mariscal, Romain F Laine, and Mike Heilemann';
    expect(readNameList(list).names).toEqual(['Christoph Spahn', 'Estibaliz Gómez-de-Mariscal', 'Romain F Laine', 'Mike Heilemann']);
  });
});

describe('nameKey', () => {
  it('matches initials with full names', () => {
    expect(nameKey('Zhu, W.')).toBe(nameKey('Weiqiang Zhu'));
    expect(nameKey('S Holden')).toBe(nameKey('Séamus Holden'));
  });

  it('drops generational suffixes', () => {
    expect(nameKey('CD Santos Jr')).toBe(nameKey('C Santos'));
  });

  it('tells different surnames apart', () => {
    expect(nameKey('W. Zhu')).not.toBe(nameKey('W. Zhou'));
  });
});
