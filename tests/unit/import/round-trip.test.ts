import { describe, expect, it } from 'vitest';
import { exportPapers } from '../../../lib/export';
import { parseImportFile, type ImportParseResult } from '../../../lib/import';
import { scholarPaper } from '../../helpers/papers';

const now = '2026-03-01T00:00:00.000Z';
const FORMATS = ['bibtex', 'biblatex', 'csl'] as const;

function entriesOf(result: ImportParseResult) {
  if (!result.ok) throw new Error(`expected a valid file, got: ${result.error}`);
  return result.entries;
}

describe('export and import round trip', () => {
  const venues = [
    'Meat Science 49 (2), 137-144',
    'Nature 521, 436',
    '2010 Brazilian symposium on software engineering, 11-20',
    'Proceedings of the IEEE 86 (11), 2278-2324',
    'Technical Report 12 (3), 1-20',
    'PhD thesis, University of Oslo',
  ];
  const papers = venues.map((venue, index) => scholarPaper({ title: `Paper ${index}`, venue, ids: { scholarArticle: `QQQQ:${index}` } }));

  for (const format of FORMATS) {
    it(`keeps ${format} venue lines`, () => {
      const entries = entriesOf(parseImportFile(exportPapers(papers, format).text, now));
      expect(entries.map((entry) => entry.paper.venue)).toEqual(venues);
    });
  }
});
