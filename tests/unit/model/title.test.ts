import { describe, expect, it } from 'vitest';
import { normalizeTitle } from '../../../lib/model';

describe('normalizeTitle', () => {
  it.each([
    ['Attention Is All You Need', 'attention is all you need'],
    ['  BERT: Pre-training (of) Deep_Bidirectional   Transformers!  ', 'bert pre training of deep bidirectional transformers'],
    ['Über die Elektrodynamik bewegter Körper', 'uber die elektrodynamik bewegter korper'],
    ['Ｆｕｌｌ-width ＢＥＲＴ', 'full width bert'],
    ['河川氷の観測記録', '河川氷の観測記録'],
    ['\t\n', ''],
    ['Sushchnostʹ i znachenie', 'sushchnost i znachenie'],
    ["Sushchnost' i znachenie", 'sushchnost i znachenie'],
  ])('folds %j', (title, folded) => {
    expect(normalizeTitle(title)).toBe(folded);
  });

  it('folds ASCII as the general path does', () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    for (let run = 0; run < 2000; run++) {
      const length = next() % 40;
      const title = Array.from({ length }, () => String.fromCharCode(next() % 128)).join('');
      // A non-ASCII word at the end sends the same text down the general path.
      const general = normalizeTitle(`${title} \u00e9`);
      expect([normalizeTitle(title), 'e'].filter(Boolean).join(' '), JSON.stringify(title)).toBe(general);
    }
  });
});
