import { describe, expect, it } from 'vitest';
import { tagPaper } from '../../../lib/analysis/topics/keyword-tagger';
import { fieldColor, FIELD_COLORS } from '../../../lib/analysis/topics/colors';
import { CLASSES } from '../../../lib/analysis/topics/keywords';
import { Topic } from '../../../lib/model';

/** Title, venue, and the accepted class ids or field names of the best topic. */
const CASES: [title: string, venue: string | null, accepted: string[]][] = [
  ['Attention is all you need', null, ['cs.CL', 'cs.LG']],
  ['BERT: Pre-training of deep bidirectional transformers for language understanding', null, ['cs.CL', 'cs.LG']],
  ['Neural machine translation by jointly learning to align and translate', null, ['cs.CL']],
  ['Deep residual learning for image recognition', null, ['cs.CV']],
  ['Crystal structural evolution of Ru3Sn7 under pressure', null, ['Materials Science', 'Physics and Astronomy']],
  [
    'Effect of intensive blood-glucose control on cardiovascular outcomes in patients with type 2 diabetes',
    null,
    ['Medicine'],
  ],
  ['Dark matter halos of massive, relaxed galaxy clusters observed with Chandra', null, ['astro-ph.GA', 'astro-ph.CO']],
  ['Minimum wages and employment: a case study of the fast-food industry', null, ['econ.GN']],
  ['Monetary policy and the term structure of interest rates', null, ['econ.GN']],
  ['Quantum error correction with superconducting qubits', null, ['quant-ph']],
  ['Seismic evidence for a mantle plume beneath Iceland', null, ['physics.geo-ph']],
  ['Learning dexterous in-hand manipulation for robotic grasping', null, ['cs.RO']],
  ['Global existence of weak solutions to the Navier-Stokes equations', null, ['math.AP']],
  ['Kant and the problem of moral motivation', null, ['Arts and Humanities']],
  ['Supply chain resilience in small and medium enterprises', null, ['Business, Management and Accounting']],
];

describe('tagPaper', () => {
  it.each(CASES)('tags "%s"', (title, venue, accepted) => {
    const [best] = tagPaper({ title, venue });
    const matched = accepted.filter((key) => key === best?.class || key === best?.field);
    expect(matched, `best topic: ${JSON.stringify(best)}`).not.toEqual([]);
  });

  it('returns nothing without signal', () => {
    expect(tagPaper({ title: 'Thoughts on a Tuesday afternoon' })).toEqual([]);
    expect(tagPaper({ title: '' })).toEqual([]);
  });

  it('matches whole words only', () => {
    expect(tagPaper({ title: 'Smart parties in the martial season' })).toEqual([]);
  });

  it('ignores "state of the art"', () => {
    expect(tagPaper({ title: 'A state of the art review' })).toEqual([]);
  });

  it('folds plurals and punctuation', () => {
    const [topic] = tagPaper({ title: 'Graph Neural-Networks' });
    expect(topic?.class).toBe('cs.LG');
    expect(topic?.evidence).toEqual(['graph neural network']);
  });

  it('strips diacritics', () => {
    const [topic] = tagPaper({ title: 'Solitons of the nonlinear Schrödinger equation' });
    expect(topic?.class).toBe('math.AP');
    expect(topic?.evidence).toContain('nonlinear schrodinger');
  });

  it('fills the topic fields', () => {
    const [topic] = tagPaper({ title: 'Neural machine translation with attention' });
    expect(topic?.field).toBe('Computer Science');
    expect(topic?.class).toBe('cs.CL');
    expect(topic?.label).toBe('Computation and Language');
    expect(topic?.tier).toBe('lexicon');
    expect(topic?.evidence).toContain('machine translation');
  });

  it('gives field-only topics no class', () => {
    const [topic] = tagPaper({ title: 'Nurse staffing and patient mortality in hospitals' });
    expect(topic?.class).toBeUndefined();
    expect(topic?.label).toBe(topic?.field);
  });

  it('returns valid, sorted topics', () => {
    const topics = tagPaper({
      title: 'Deep learning for medical image segmentation of brain tumors in MRI',
      venue: 'Medical Image Analysis',
      abstract: 'We train a convolutional neural network on a clinical dataset of patients.',
    });
    expect(topics.length).toBeGreaterThan(1);
    expect(topics.length).toBeLessThanOrEqual(3);
    for (const topic of topics) expect(Topic.safeParse(topic).success).toBe(true);
    const scores = topics.map((topic) => topic.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('tags from the venue alone', () => {
    const [topic] = tagPaper({ title: 'On a remark of Smith', venue: 'Physical Review B 98 (2), 024101' });
    expect(topic?.field).toBe('Physics and Astronomy');
    expect(topic?.tier).toBe('venue');
    expect(topic?.evidence).toEqual(['physical review']);
  });

  it('ignores multidisciplinary venues', () => {
    expect(tagPaper({ title: 'On a remark of Smith', venue: 'Nature Communications 12, 1-9' })).toEqual([]);
  });

  it('weighs abstract phrases less', () => {
    const inTitle = tagPaper({ title: 'Galaxy formation' })[0]?.score ?? 0;
    const inAbstract = tagPaper({ title: 'A new result', abstract: 'Galaxy formation' })[0]?.score ?? 0;
    expect(inAbstract).toBeGreaterThan(0);
    expect(inAbstract).toBeLessThan(inTitle);
  });

  it('handles 1000 papers quickly', () => {
    const titles = CASES.map(([title]) => title);
    tagPaper({ title: 'warm up the phrase index' });
    const start = performance.now();
    for (let i = 0; i < 1000; i++) tagPaper({ title: `${titles[i % titles.length]} ${i}`, venue: 'Physical Review B' });
    // The target is under 10 ms; this bound is looser because test machines are often busy.
    expect(performance.now() - start).toBeLessThan(200);
  });
});

describe('keyword data', () => {
  it('maps classes to coloured fields', () => {
    for (const [field] of Object.values(CLASSES)) expect(FIELD_COLORS[field], field).toBeDefined();
  });
});

describe('fieldColor', () => {
  it('gives known fields distinct colours', () => {
    const colors = Object.keys(FIELD_COLORS).map(fieldColor);
    expect(new Set(colors).size).toBe(colors.length);
  });

  it('keeps dark text readable', () => {
    for (const field of Object.keys(FIELD_COLORS)) {
      expect(contrastWithDarkText(fieldColor(field)), field).toBeGreaterThanOrEqual(7);
    }
  });

  it('gives unknown fields a stable hue', () => {
    expect(fieldColor('Astrobotany')).toMatch(/^hsl\(\d+ 55% 80%\)$/);
    expect(fieldColor('Astrobotany')).toBe(fieldColor('Astrobotany'));
  });
});

/** WCAG contrast ratio of a #rrggbb background against #1f1f1f text. */
function contrastWithDarkText(hex: string): number {
  const luminance = (rgb: number[]) => {
    const [r = 0, g = 0, b = 0] = rgb.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const channels = (value: string) => [1, 3, 5].map((i) => parseInt(value.slice(i, i + 2), 16) / 255);
  return (luminance(channels(hex)) + 0.05) / (luminance(channels('#1f1f1f')) + 0.05);
}
