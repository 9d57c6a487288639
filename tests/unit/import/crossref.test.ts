import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseImportFile, type ImportParseResult } from '../../../lib/import';
import { REAL_PAGES, realPagesPresent } from '../../helpers/pages';

const now = '2026-03-01T00:00:00.000Z';

function contentOf(result: ImportParseResult) {
  if (!result.ok) throw new Error(`expected a valid file, got: ${result.error}`);
  return result;
}

const WITH_CROSSREF = String.raw`@inproceedings{DBLP:conf/stoc/HakoniemiLT24,
  author       = {Tuomas Hakoniemi and Nutan Limaye and Iddo Tzameret},
  title        = {Functional Lower Bounds in Algebraic Proofs},
  pages        = {1396--1404},
  crossref     = {DBLP:conf/stoc/2024},
  doi          = {10.1145/3618260.3649616}
}

@inproceedings{own-venue,
  author       = {Nutan Limaye},
  title        = {A Paper With Its Own Venue},
  booktitle    = {Workshop on Circuits},
  year         = {2023},
  crossref     = {dblp:conf/STOC/2024}
}

@proceedings{DBLP:conf/stoc/2024,
  editor       = {Bojan Mohar and Igor Shinkar and Ryan O'Donnell},
  title        = {Proceedings of the 56th Annual {ACM} Symposium on Theory of Computing, {STOC} 2024},
  publisher    = {{ACM}},
  year         = {2024},
  doi          = {10.1145/3618260}
}

@proceedings{edited-volume,
  editor       = {Nutan Limaye},
  title        = {Algebraic Complexity: Essays},
  year         = {2022}
}
`;

describe('BibTeX crossref', () => {
  it('fills venue and year', () => {
    const [paper] = contentOf(parseImportFile(WITH_CROSSREF, now)).entries;
    // A title that ends in a year cannot carry the pages in the venue line (see `venueLine`).
    expect(paper?.paper.venue).toBe('Proceedings of the 56th Annual ACM Symposium on Theory of Computing, STOC 2024');
    expect(paper?.paper.year).toBe(2024);
    expect(paper?.paper.ids.doi).toBe('10.1145/3618260.3649616');
  });

  it('keeps own venue and year', () => {
    const [, own] = contentOf(parseImportFile(WITH_CROSSREF, now)).entries;
    expect(own?.paper.venue).toBe('Workshop on Circuits');
    expect(own?.paper.year).toBe(2023);
  });

  it('skips cited volumes only', () => {
    const content = contentOf(parseImportFile(WITH_CROSSREF, now));
    expect(content.entries.map((entry) => entry.paper.title)).toEqual([
      'Functional Lower Bounds in Algebraic Proofs',
      'A Paper With Its Own Venue',
      'Algebraic Complexity: Essays',
    ]);
    expect(content.crossrefVolumes).toBe(1);
  });

  it('inherits no volume DOI', () => {
    const text = '@inproceedings{a, title = {No DOI}, crossref = {v}}\n@proceedings{v, title = {Proc. of X}, year = {2020}, doi = {10.1/v}, url = {https://example.org/v}}\n';
    const [entry] = contentOf(parseImportFile(text, now)).entries;
    expect(entry?.paper.ids).toEqual({});
    expect(entry?.paper.links).toEqual([]);
    expect(entry?.paper.venue).toBe('Proc. of X');
  });

  it('ends crossref cycles', () => {
    const text = '@inproceedings{a, title = {Loop A}, crossref = {b}}\n@inproceedings{b, title = {Loop B}, crossref = {a}}\n';
    expect(contentOf(parseImportFile(text, now)).entries.map((entry) => entry.paper.venue)).toEqual([null, null]);
  });

  const dblp = resolve(REAL_PAGES, 'dblp', 'bibtex-person-nutan-limaye-crossref-2025-157recs.bib');
  it.skipIf(!realPagesPresent('dblp'))('reads dblp export with crossref', () => {
    const content = contentOf(parseImportFile(readFileSync(dblp, 'utf8'), now));
    expect(content.entries).toHaveLength(118);
    expect(content.crossrefVolumes).toBe(39);
    expect(content.entries.filter((entry) => entry.paper.authors.length === 0)).toEqual([]);
    expect(content.entries.filter((entry) => entry.paper.year === null)).toEqual([]);
    // dblp writes underscores in DOIs as "\_", which is no part of the DOI.
    const dois = content.entries.map((entry) => entry.paper.ids.doi).filter((doi) => doi !== undefined);
    expect(dois).toContain('10.1007/978-3-031-20624-5_37');
    expect(dois.filter((doi) => doi.includes('\\'))).toEqual([]);
  });
});
