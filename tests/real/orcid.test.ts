import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseImportFile, writeImport } from '../../lib/import';
import { deleteTestDatabases, freshDatabase } from '../helpers/database';
import { REAL_PAGES, realPagesPresent, warnRealPagesAbsent } from '../helpers/pages';

/**
 * Expected values were counted in the saved responses with a JSON tool, independently of the reader:
 * groups, work summaries, groups with a DOI among their own external ids.
 */
const FILES = [
  { file: 'api-v3-0000-0001-8607-8025-works-2020.json', groups: 74, summaries: 78, withDoi: 54 },
  { file: 'api-v3-0000-0003-1444-9135-works-2020.json', groups: 111, summaries: 114, withDoi: 97 },
];

afterEach(async () => {
  await deleteTestDatabases();
});

const present = realPagesPresent('orcid');
if (!present) warnRealPagesAbsent('ORCID import suite', 'orcid');

describe.skipIf(!present)(`ORCID works responses in ${REAL_PAGES}/orcid`, () => {
  it.each(FILES)('$file', ({ file, groups, summaries, withDoi }) => {
    const result = parseImportFile(readFileSync(resolve(REAL_PAGES, 'orcid', file), 'utf8'), '2026-03-01T00:00:00.000Z');
    if (!result.ok) throw new Error(result.error);
    expect(result.format).toBe('orcid');
    expect(result.entries).toHaveLength(groups);
    const sourceLinks = result.entries.flatMap((entry) => entry.paper.links.filter((link) => link.url.startsWith('https://orcid.org/')));
    expect(sourceLinks).toHaveLength(summaries);
    expect(result.entries.filter((entry) => entry.paper.ids.doi)).toHaveLength(withDoi);
  });

  it('links preprints to their papers', async () => {
    const result = parseImportFile(readFileSync(resolve(REAL_PAGES, 'orcid', FILES[0]!.file), 'utf8'), '2026-03-01T00:00:00.000Z');
    if (!result.ok) throw new Error(result.error);
    const db = freshDatabase();
    await writeImport(db, result, '2026-03-01T00:00:00.000Z');
    const linked = (await db.papers.toArray()).filter((paper) => paper.versions?.length);
    const preprints = linked.filter((paper) => paper.ids.doi?.startsWith('10.1101/'));
    // Of the five bioRxiv preprints in the file, three share their title with a paper of a close year.
    expect(preprints.map((paper) => paper.title).sort()).toEqual([
      'A data repository and analysis framework for spontaneous neural activity recordings in developing retina',
      'Homeostatic activity-dependent tuning of recurrent networks for robust propagation of activity',
      'Ten Simple Rules for Taking Advantage of git and GitHub',
    ]);
    expect(linked).toHaveLength(2 * preprints.length);
  });

  it('rejects empty and error responses', () => {
    const empty = parseImportFile(readFileSync(resolve(REAL_PAGES, 'orcid', 'api-v3-0000-0003-1620-1408-works-empty-2020.json'), 'utf8'));
    expect(empty.ok).toBe(false);
    const missing = parseImportFile(readFileSync(resolve(REAL_PAGES, 'orcid', 'api-v3-invalid-id-404.json'), 'utf8'));
    expect(missing.ok ? '' : missing.error).toContain('ORCID error response (404: The resource was not found.)');
  });
});
