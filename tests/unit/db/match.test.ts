import { describe, expect, it } from 'vitest';
import { isPreprint } from '../../../lib/db/match';
import { scholarPaper } from '../../helpers/papers';

describe('isPreprint', () => {
  it.each([
    'arXiv preprint arXiv:2101.00001',
    'CoRR abs/2101.00001',
    'Electron. Colloquium Comput. Complex.',
    'Electronic Colloquium on Computational Complexity (ECCC)',
    'IACR Cryptol. ePrint Arch.',
    'Cryptology ePrint Archive',
    'bioRxiv, 2021.03.01.433',
    'medRxiv',
    'SSRN Electronic Journal',
    'Research Square',
    'Preprints 2020',
  ])('reads server venue %s', (venue) => {
    expect(isPreprint(scholarPaper({ title: 'T', venue }))).toBe(true);
  });

  it.each(['Journal of Complexity', 'Computational Complexity', 'Corrosion Science', 'Archive for Rational Mechanics'])(
    'reads journal venue %s',
    (venue) => {
      expect(isPreprint(scholarPaper({ title: 'T', venue }))).toBe(false);
    },
  );
});
