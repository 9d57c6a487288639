import { describe, expect, it } from 'vitest';
import { normalizeTitle } from '../../../lib/model';

/** The general fold, written out step by step, which the ASCII shortcut must agree with. */
function unicodeFold(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

describe('normalizeTitle', () => {
  it.each([
    ['Attention Is All You Need', 'attention is all you need'],
    ['  BERT: Pre-training (of) Deep_Bidirectional   Transformers!  ', 'bert pre training of deep bidirectional transformers'],
    ['Über die Elektrodynamik bewegter Körper', 'uber die elektrodynamik bewegter korper'],
    ['Ｆｕｌｌ-width ＢＥＲＴ', 'full width bert'],
    ['河川氷の観測記録', '河川氷の観測記録'],
    ['\t\n', ''],
  ])('folds %j', (title, folded) => {
    expect(normalizeTitle(title)).toBe(folded);
  });

  it('agrees with the unicode fold on ASCII', () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    for (let run = 0; run < 2000; run++) {
      const length = next() % 40;
      const title = Array.from({ length }, () => String.fromCharCode(next() % 128)).join('');
      expect(normalizeTitle(title), JSON.stringify(title)).toBe(unicodeFold(title));
    }
  });
});
