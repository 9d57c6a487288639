import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeProfile } from '../../../lib/analysis/collaboration/analyze';
import { parseDocument } from '../../../lib/cli/parse-command';
import { REAL_PAGES, loadRealPage, realPagesPresent, warnRealPagesAbsent } from '../../helpers/pages';

const present = realPagesPresent('google-scholar');
if (!present) warnRealPagesAbsent('merged-profile real-page check', 'google-scholar');
const files = present ? readdirSync(resolve(REAL_PAGES, 'google-scholar')).filter((file) => file.endsWith('.html')) : [];

describe.skipIf(!present)(`single-person pages in ${REAL_PAGES}/google-scholar`, () => {
  it.each(files)('%s: no merged-profile warning', async (file) => {
    const parsed = parseDocument(await loadRealPage('google-scholar', file), {});
    const analysis = analyzeProfile(parsed.papers, { name: parsed.profile?.name || null });
    expect(analysis.mergedProfile.warning).toBe(false);
    expect(analysis.owner).not.toBeNull();
    expect(analysis.summary.top.map((person) => person.name)).not.toContain(analysis.owner);
  }, 30_000);
});
