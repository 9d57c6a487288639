import { describe, expect, it } from 'vitest';
import { fieldColor, FIELD_COLORS } from '../../../lib/analysis/topics/colors';
import { archiveOf, canonicalClass, CLASS_ALIASES, CLASSES, FIELDS } from '../../../lib/analysis/topics/taxonomy';
import { KEYWORDS, IGNORED } from '../../../lib/analysis/topics/keywords';
import { LEARNED_LEXICON } from '../../../lib/analysis/topics/learned-lexicon';

describe('taxonomy', () => {
  it('lists the 26 OpenAlex fields', () => {
    expect(Object.keys(FIELDS)).toHaveLength(26);
    expect(new Set(Object.values(FIELDS)).size).toBe(26);
    for (const id of Object.values(FIELDS)) expect(id).toBeGreaterThanOrEqual(11);
  });

  it('puts every class in a field', () => {
    for (const [id, [field, label]] of Object.entries(CLASSES)) {
      expect(FIELDS[field], id).toBeDefined();
      expect(label.length, id).toBeGreaterThan(0);
    }
  });

  it('covers the arXiv archives', () => {
    const archives = new Set(Object.keys(CLASSES).map(archiveOf));
    for (const archive of ['astro-ph', 'cond-mat', 'cs', 'econ', 'eess', 'gr-qc', 'hep-th', 'math', 'nlin', 'physics', 'q-bio', 'q-fin', 'quant-ph', 'stat']) {
      expect(archives.has(archive), archive).toBe(true);
    }
  });

  it('maps aliases to listed classes', () => {
    for (const target of Object.values(CLASS_ALIASES)) expect(CLASSES[target], target).toBeDefined();
    expect(canonicalClass('math.IT')).toBe('cs.IT');
    expect(canonicalClass('cs.CL')).toBe('cs.CL');
    expect(canonicalClass('cs.XX')).toBeNull();
  });

  it('names archives', () => {
    expect(archiveOf('astro-ph.GA')).toBe('astro-ph');
    expect(archiveOf('quant-ph')).toBe('quant-ph');
  });
});

describe('lexicon data', () => {
  it('points phrases at known targets', () => {
    for (const [, target] of KEYWORDS) {
      if (target === IGNORED) continue;
      expect(CLASSES[target] !== undefined || FIELDS[target] !== undefined, target).toBe(true);
    }
  });

  it('learns only listed classes', () => {
    for (const classId of Object.keys(LEARNED_LEXICON)) expect(CLASSES[classId], classId).toBeDefined();
    for (const entries of Object.values(LEARNED_LEXICON)) expect(entries).toMatch(/^[^|=]+=-?\d+(\.\d+)?(\|[^|=]+=-?\d+(\.\d+)?)*$/);
  });
});

describe('fieldColor', () => {
  it('colours every field', () => {
    for (const field of Object.keys(FIELDS)) expect(FIELD_COLORS[field], field).toBeDefined();
  });

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
