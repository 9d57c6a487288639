import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../lib/cli/parse-command';
import { REAL_PAGES, loadRealPage, realPagesPresent, warnRealPagesAbsent } from '../helpers/pages';

const present = realPagesPresent('google-scholar');
if (!present) warnRealPagesAbsent('real-page suite', 'google-scholar');

/** Saved profile page, a title on it, and the accepted best class ids or field names. */
const CASES: [file: string, title: string, accepted: string[]][] = [
  ['irshad-en-2026-20rows.html', 'Crystal structural evolution of Ru3Sn7', ['cond-mat.mtrl-sci']],
  ['irshad-en-2026-20rows.html', 'Anomalous Pressure Dependence of the Charge Density Wave', ['cond-mat.supr-con', 'cond-mat.str-el']],
  ['ju-zhCN-2025-pagesize100-32rows.html', 'Uor: Universal backdoor attacks on pre-trained language models', ['cs.CL', 'cs.CR']],
  ['ju-zhCN-2025-pagesize100-32rows.html', 'Federated semi-supervised learning for medical image segmentation', ['cs.CV', 'eess.IV']],
  ['manmatha-en-2015-100rows.html', 'Automatic Image Annotation using Deep Learning Representations', ['cs.CV']],
  ['manmatha-en-2015-100rows.html', 'Incorporating query-specific feedback into learning-to-rank models', ['cs.IR']],
  ['denner-ptPT-2025-owner-view-176rows-browser-saved.html', 'A study of the relationships between source code metrics', ['cs.SE']],
  ['zharov-en-2025-oe-ascii.html', 'Dose-efficient in vivo X-ray phase contrast imaging', ['physics.optics', 'physics.med-ph']],
];

describe.skipIf(!present)(`topic tags on real Scholar pages in ${REAL_PAGES}/google-scholar`, () => {
  it.each(CASES)('%s: "%s"', async (file, title, accepted) => {
    const output = parseDocument(await loadRealPage('google-scholar', file), {});
    const paper = output.papers.find((candidate) => candidate.title.startsWith(title));
    expect(paper, title).toBeDefined();
    const best = paper?.topics[0];
    expect(accepted, JSON.stringify(paper?.topics)).toContain(best?.class ?? best?.field);
  });

  it('tags most rows of a profile', async () => {
    const output = parseDocument(await loadRealPage('google-scholar', 'manmatha-en-2015-100rows.html'), {});
    const tagged = output.papers.filter((paper) => paper.topics.length > 0);
    expect(tagged.length / output.papers.length).toBeGreaterThan(0.8);
  });
});
