import { describe, expect, it } from 'vitest';
import { aclAnthology } from '../../lib/sites/acl-anthology';
import { REAL_PAGES, loadRealPage, realPagesPresent, warnRealPagesAbsent } from '../helpers/pages';

/** Both designs list the same six papers; counted in the saved pages' markup with grep. */
const PAGES = [
  { file: 'madsack-2023.html', url: 'https://aclanthology.org/people/a/andreas-madsack/' },
  { file: 'madsack-2026.html', url: 'https://aclanthology.org/people/andreas-madsack/unverified/' },
] as const;

const IDS = ['2022.in2writing-1.1', 'W19-4201', 'K18-3004', 'W18-3607', 'W18-6560', 'W17-3524'];

const present = realPagesPresent('acl-anthology');
if (!present) warnRealPagesAbsent('real-page suite', 'acl-anthology');

describe.skipIf(!present)(`real ACL Anthology pages in ${REAL_PAGES}/acl-anthology`, () => {
  it.each(PAGES)('$file', async ({ file, url }) => {
    const doc = await loadRealPage('acl-anthology', file);
    const page = aclAnthology.detect(doc, new URL(url));
    expect(page?.profileId).toBe('andreas-madsack');
    const { profile, rows } = aclAnthology.parse(doc, page!);
    const papers = rows.flatMap((row) => (row.paper ? [row.paper] : []));

    expect(rows).toHaveLength(6);
    expect(papers).toHaveLength(6);
    expect(papers.map((paper) => paper.ids.aclAnthology).sort()).toEqual([...IDS].sort());
    expect(papers.map((paper) => paper.year).sort()).toEqual([2017, 2018, 2018, 2018, 2019, 2022]);
    expect(profile?.name).toBe('Andreas Madsack');

    const workshop = papers.find((paper) => paper.ids.aclAnthology === 'W19-4201');
    expect(workshop?.title).toBe('AX Semantics’ Submission to the SIGMORPHON 2019 Shared Task');
    expect(workshop?.venue).toBe('Proceedings of the 16th Workshop on Computational Research in Phonetics, Phonology, and Morphology');
    expect(workshop?.links).toContainEqual({ kind: 'pdf', url: 'https://aclanthology.org/W19-4201.pdf' });
    expect(workshop?.authors.map((author) => author.siteId)).toEqual(['andreas-madsack', 'robert-weissgraeber']);
    expect(workshop?.abstract).toMatch(/^This paper describes the AX Semantics/);

    expect(papers.filter((paper) => paper.abstract)).toHaveLength(5);
    expect(papers.every((paper) => paper.links.some((link) => link.kind === 'pdf'))).toBe(true);
  });

  it('reads a saved copy without an owner', async () => {
    const doc = await loadRealPage('acl-anthology', 'madsack-2026.html');
    const page = aclAnthology.detect(doc, new URL('file:///saved.html'));
    expect(page?.profileId).toBeNull();
    expect(aclAnthology.parse(doc, page!).rows).toHaveLength(6);
  });
});
