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

describe('preprint DOIs', () => {
  it.each(['10.1101/033548', '10.1101/2020.03.01.972059', '10.48550/arxiv.2101.00001', '10.2139/ssrn.3503050', '10.21203/rs.3.rs-123/v1', '10.31234/osf.io/abcde', '10.26434/chemrxiv.123'])(
    'reads %s as a preprint',
    (doi) => {
      expect(isPreprint(scholarPaper({ title: 'T', venue: null, ids: { doi } }))).toBe(true);
    },
  );

  it.each(['10.1101/gr.123456.111', '10.1523/jneurosci.1234-15.2016', '10.1038/nn.4550'])('reads %s as published', (doi) => {
    expect(isPreprint(scholarPaper({ title: 'T', venue: null, ids: { doi } }))).toBe(false);
  });
});
