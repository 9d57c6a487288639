import { describe, expect, it } from 'vitest';
import { extractArxivId, extractArxivVersion } from '../../../lib/model';
import { yearOfArxivId } from '../../../lib/sites/arxiv/record';

describe('arXiv ids', () => {
  it.each([
    ['https://arxiv.org/abs/hep-th/9901001', 'hep-th/9901001'],
    ['https://arxiv.org/abs/hep-th/9901001v3', 'hep-th/9901001'],
    ['arXiv:math.GT/0309136', 'math/0309136'],
    ['https://arxiv.org/pdf/cond-mat/0102536v1.pdf', 'cond-mat/0102536'],
    ['https://arxiv.org/abs/2101.00001v2', '2101.00001'],
    ['arXiv:0704.0001', '0704.0001'],
    ['https://arxiv.org/abs/2207.01234v3', '2207.01234'],
    ['arXiv preprint hep-th/9901001, 1999', 'hep-th/9901001'],
    ['arXiv preprint arXiv:2207.01234, 2022', '2207.01234'],
    ['CoRR abs/2207.01234v2', '2207.01234'],
    ['CoRR abs/cs/0112017, 2001', 'cs/0112017'],
  ])('reads %s', (text, id) => {
    expect(extractArxivId(text)).toBe(id);
  });

  it.each([
    ['atom-ph/9601001', 'atom-ph/9601001'],
    ['2207.01234v2', '2207.01234'],
    ['1412.1234', '1412.1234'],
  ])('reads bare %s', (text, id) => {
    expect(extractArxivId(text, { bare: true })).toBe(id);
  });

  it.each(['hep-th/990100', '2101.0001', 'arXiv:2101.0001', '1412.12345', 'arXiv:0612.0001'])('rejects %s', (text) => {
    expect(extractArxivId(text, { bare: true })).toBeNull();
  });

  it.each([
    ['https://arxiv.org/abs/hep-th/9901001v3', 3],
    ['https://arxiv.org/pdf/cond-mat/0102536v1.pdf', 1],
    ['https://arxiv.org/abs/2101.00001v12', 12],
    ['arXiv:0704.0001', null],
    ['https://arxiv.org/abs/2207.01234', null],
  ])('version of %s', (text, version) => {
    expect(extractArxivVersion(text)).toBe(version);
  });

  it.each([
    ['2005.14165', 2020],
    ['0704.0001', 2007],
    ['hep-th/9901001', 1999],
    ['astro-ph/0601001', 2006],
  ])('year of %s', (id, year) => {
    expect(yearOfArxivId(id)).toBe(year);
  });
});
