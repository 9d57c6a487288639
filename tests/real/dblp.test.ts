import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dblp } from '../../lib/sites/dblp';
import { identifiersOf } from '../../lib/sites/dblp/identifiers';
import { REAL_PAGES, loadRealPage, realPagesPresent, warnRealPagesAbsent } from '../helpers/pages';

/**
 * Expected values were counted in the saved pages' markup with grep, independently of the
 * adapter: `li.entry` classes, `li.year` separators, arXiv and DOI edition links.
 */
const PAGES = [
  {
    file: 'clauset-2015.html',
    rows: 31,
    types: { journal: 6, conference: 6, informal: 19 },
    years: [2004, 2005, 2006, 2009, 2011, 2012, 2013, 2014, 2015],
    arxiv: 19,
    doi: 9,
    profileId: 'c/Clauset:Aaron',
    name: 'Aaron Clauset',
  },
  {
    file: 'search-calefato-2024-reformatted.html',
    rows: 30,
    types: { journal: 8, conference: 10, informal: 11, chapter: 1 },
    years: [2020, 2021, 2022, 2023],
    arxiv: 11,
    doi: 18,
    profileId: null,
    name: null,
  },
] as const;

const present = realPagesPresent('dblp');
if (!present) warnRealPagesAbsent('real-page suite', 'dblp');

describe.skipIf(!present)(`real dblp pages in ${REAL_PAGES}/dblp`, () => {
  it.each(PAGES)('$file', async (expected) => {
    const doc = await loadRealPage('dblp', expected.file);
    const page = dblp.detect(doc, new URL('file:///saved.html'));
    expect(page).not.toBeNull();
    expect(page?.profileId).toBe(expected.profileId);
    const { profile, rows } = dblp.parse(doc, page!);
    const papers = rows.flatMap((row) => (row.paper ? [row.paper] : []));

    expect(rows).toHaveLength(expected.rows);
    expect(papers).toHaveLength(expected.rows);
    const types: Record<string, number> = {};
    for (const paper of papers) types[paper.type ?? 'none'] = (types[paper.type ?? 'none'] ?? 0) + 1;
    expect(types).toEqual(expected.types);
    expect(Array.from(new Set(papers.map((paper) => paper.year))).sort()).toEqual(expected.years);
    expect(papers.filter((paper) => paper.ids.arxiv)).toHaveLength(expected.arxiv);
    expect(papers.filter((paper) => paper.ids.doi)).toHaveLength(expected.doi);
    expect(papers.every((paper) => paper.ids.dblpKey)).toBe(true);
    expect(papers.every((paper) => !paper.title.endsWith('.'))).toBe(true);
    expect(papers.every((paper) => paper.authors.length > 0)).toBe(true);
    expect(profile?.name ?? null).toBe(expected.name);
  });

  it('gives current-markup authors their pids', async () => {
    const doc = await loadRealPage('dblp', 'search-calefato-2024-reformatted.html');
    const page = dblp.detect(doc, new URL('https://dblp.org/search?q=calefato'))!;
    const [first] = dblp.parse(doc, page).rows;
    expect(first?.paper?.authors[0]).toMatchObject({ name: 'Fabio Calefato', siteId: '48/5662' });
    expect(page.kind).toBe('results');
  });
});

/** Reads the fields of every `@type{key, field = {…}}` record, counting braces. */
function readBibtex(text: string): { type: string; key: string; fields: Record<string, string> }[] {
  const records: { type: string; key: string; fields: Record<string, string> }[] = [];
  for (const start of text.matchAll(/@(\w+)\{([^,\s]+),/g)) {
    const fields: Record<string, string> = {};
    let at = (start.index ?? 0) + start[0].length;
    for (;;) {
      const field = /^\s*(\w+)\s*=\s*\{/.exec(text.slice(at));
      if (!field?.[1]) break;
      at += field[0].length;
      let depth = 1;
      let value = '';
      while (depth > 0 && at < text.length) {
        const char = text[at++]!;
        if (char === '{') depth++;
        if (char === '}') depth--;
        if (depth > 0) value += char;
      }
      fields[field[1].toLowerCase()] = value.replace(/\\([_&%#])/g, '$1').replace(/\s+/g, ' ').trim();
      at += /^\s*,?/.exec(text.slice(at))?.[0].length ?? 0;
    }
    records.push({ type: start[1]!.toLowerCase(), key: start[2]!, fields });
  }
  return records;
}

const BIB_FILES = ['bibtex-person-nutan-limaye-standard-2025-118recs.bib', 'bibtex-jilin-hu-standard-2022-19recs.bib'];

describe.skipIf(!present)('dblp identifiers against BibTeX exports', () => {
  it.each(BIB_FILES)('%s', (file) => {
    const records = readBibtex(readFileSync(resolve(REAL_PAGES, 'dblp', file), 'utf8'));
    expect(records.length).toBeGreaterThan(10);
    let checked = 0;
    for (const record of records) {
      const key = record.key.replace(/^DBLP:/, '');
      const edition = record.fields.url;
      if (!edition) continue;
      const { ids } = identifiersOf(key, [edition], 'https://dblp.org/');
      expect(ids.dblpKey).toBe(key);
      if (record.fields.eprinttype === 'arXiv') {
        expect(ids.arxiv, record.key).toBe(record.fields.eprint);
        expect(ids.doi, record.key).toBeUndefined();
      } else if (record.fields.doi && edition.includes('doi.org/')) {
        expect(ids.doi, record.key).toBe(record.fields.doi.toLowerCase());
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });
});
