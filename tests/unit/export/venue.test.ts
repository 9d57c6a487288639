import { describe, expect, it } from 'vitest';
import { venueParts } from '../../../lib/export/venue';

describe('venueParts', () => {
  it.each([
    ['Meat Science 49 (2), 137-144', { title: 'Meat Science', volume: '49', issue: '2', firstPage: '137', lastPage: '144' }],
    ['Marine Ecology Notes 30, 101-120', { title: 'Marine Ecology Notes', volume: '30', firstPage: '101', lastPage: '120' }],
    ['Physical Review B 98 (2), 024101', { title: 'Physical Review B', volume: '98', issue: '2', firstPage: '024101' }],
    ['Nature 521, 436', { title: 'Nature', volume: '521', firstPage: '436' }],
    ['IEEE software 25 (6), 96-97', { title: 'IEEE software', volume: '25', issue: '6', firstPage: '96', lastPage: '97' }],
    ['Salud Pública de México 37 (4), 353–359', { title: 'Salud Pública de México', volume: '37', issue: '4', firstPage: '353', lastPage: '359' }],
    ['2010 Brazilian symposium on software engineering, 11-20', { title: '2010 Brazilian symposium on software engineering', firstPage: '11', lastPage: '20' }],
    ['Empir. Softw. Eng. 27(3)', { title: 'Empir. Softw. Eng.', volume: '27', issue: '3' }],
    ['Empir. Softw. Eng. 27(3): 87:1-87:41', { title: 'Empir. Softw. Eng.', volume: '27', issue: '3', firstPage: '87:1', lastPage: '87:41' }],
    ['Nature 521: 436-444', { title: 'Nature', volume: '521', firstPage: '436', lastPage: '444' }],
    ['ICXX: 101-112', { title: 'ICXX', firstPage: '101', lastPage: '112' }],
    ['Proceedings of International Conference on Multimedia Retrieval, 289', { title: 'Proceedings of International Conference on Multimedia Retrieval', firstPage: '289' }],
    ['Proc. ACM Hum. Comput. Interact. 6(CSCW1)', { title: 'Proc. ACM Hum. Comput. Interact.', volume: '6', issue: 'CSCW1' }],
    ['Journal of Advanced Computational Intelligence Vol 11 (7), 1-8', { title: 'Journal of Advanced Computational Intelligence', volume: '11', issue: '7', firstPage: '1', lastPage: '8' }],
    ['Acta Physica Polonica, Vol. 5(2)', { title: 'Acta Physica Polonica', volume: '5', issue: '2' }],
  ])('splits %s', (venue, parts) => {
    expect(venueParts(venue)).toEqual(parts);
  });

  it.each([
    'US Patent 9,104,700',
    'US Patent App. 14/623,367',
    'arXiv preprint arXiv:2101.00001',
    'Annalen der Physik',
    'Proceedings of the 37th international ACM SIGIR conference',
    'Carbon 140',
    'Handbook of Statistics, 2',
    'Physics (Basel)',
    'arXiv preprint arXiv:2301.01234',
  ])('keeps %s whole', (venue) => {
    expect(venueParts(venue)).toEqual({ title: venue });
  });
});
