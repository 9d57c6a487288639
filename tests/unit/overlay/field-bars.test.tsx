import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FieldBars, fitLabel, MAX_LABEL_CHARS } from '../../../components/overlay/FieldBars';
import { FIELDS } from '../../../lib/analysis/topics/taxonomy';

const container = document.createElement('div');
document.body.append(container);

afterEach(() => render(null, container));

const LONG_FIELD = 'Biochemistry, Genetics and Molecular Biology';

describe('fitLabel', () => {
  it('keeps every field name whole', () => {
    for (const field of Object.keys(FIELDS)) expect(fitLabel(field)).toBe(field);
  });

  it('cuts at word with ellipsis', () => {
    expect(fitLabel(LONG_FIELD, 30)).toBe('Biochemistry, Genetics and…');
  });

  it('cuts long word with ellipsis', () => {
    expect(fitLabel('Pneumonoultramicroscopicsilicovolcanoconiosis', 20)).toBe('Pneumonoultramicros…');
  });

  it('limits cut labels to max', () => {
    const label = fitLabel('word '.repeat(30));
    expect(label.length).toBeLessThanOrEqual(MAX_LABEL_CHARS);
    expect(label.endsWith('…')).toBe(true);
  });
});

describe('FieldBars labels', () => {
  it('draws full field names', () => {
    render(<FieldBars counts={[[LONG_FIELD, 3], ['Agricultural and Biological Sciences', 12]]} />, container);

    const labels = Array.from(container.querySelectorAll('[data-testid="topic-bar-label"]'), (label) => label.textContent);
    expect(labels).toEqual([LONG_FIELD, 'Agricultural and Biological Sciences']);
    const counts = Array.from(container.querySelectorAll('[data-testid="topic-bar-count"]'), (count) => count.textContent);
    expect(counts).toEqual(['3', '12']);
    expect(container.querySelectorAll('[data-testid="topic-bar-label"] title')).toHaveLength(0);
  });

  it('titles a cut label', () => {
    const name = 'Interdisciplinary Studies of Extremely Long Field Names and Their Rendering';
    render(<FieldBars counts={[[name, 2]]} />, container);

    const label = container.querySelector('[data-testid="topic-bar-label"]');
    expect(label?.querySelector('title')?.textContent).toBe(name);
    expect(label?.lastChild?.textContent).toBe(fitLabel(name));
    expect(fitLabel(name).endsWith('…')).toBe(true);
  });

  it('keeps text alternative', () => {
    render(<FieldBars counts={[[LONG_FIELD, 3], ['Medicine', 1]]} />, container);

    const chart = container.querySelector('[data-testid="topic-bars"]');
    expect(chart?.getAttribute('role')).toBe('img');
    expect(chart?.getAttribute('aria-label')).toBe(`${LONG_FIELD}: 3, Medicine: 1`);
  });
});
