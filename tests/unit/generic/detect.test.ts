import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generic } from '../../../lib/sites/generic';
import { CONFIDENCE_THRESHOLD } from '../../../lib/sites/generic/confidence';
import { findList } from '../../../lib/sites/generic/detect';
import { fixturePath, loadFixture, parseHtml } from '../../helpers/pages';

const SAVED = new URL('file:///saved.html');
const NEGATIVES = readdirSync(fixturePath('generic', 'negative')).filter((file) => file.endsWith('.html'));

describe('generic detect on pages without publications', () => {
  it('has ten or more such pages', () => {
    expect(NEGATIVES.length).toBeGreaterThanOrEqual(10);
  });

  it.each(NEGATIVES)('%s yields nothing', async (file) => {
    const doc = await loadFixture('generic', 'negative', file);
    expect(generic.detect(doc, SAVED)).toBeNull();
  });
});

describe('generic detect on publication lists', () => {
  it.each([
    ['hugo-style.html', 3, 'Nora Okafor'],
    ['plain-paragraphs.html', 4, 'J. Albrecht'],
    ['table-list.html', 3, 'Ana Ferreira'],
  ])('%s has %i entries owned by %s', async (file, entries, owner) => {
    const doc = await loadFixture('generic', 'positive', file);
    const list = findList(doc);
    expect(list?.confidence).toBeGreaterThanOrEqual(CONFIDENCE_THRESHOLD);
    expect(list?.entries).toHaveLength(entries);
    expect(list?.owner?.name).toBe(owner);
  });

  it('ignores two entries', () => {
    const doc = parseHtml(
      '<ul><li><b>Jane Doe</b>, Bo Chen. Graph models of cities. <i>Nature</i>, 2020.</li>' +
        '<li><b>Jane Doe</b>, Cy Dow. Street networks at scale. <i>Science</i>, 2021.</li></ul>',
    );
    expect(generic.detect(doc, SAVED)).toBeNull();
  });

  it('finds a list split under year headings', () => {
    const entry = (year: number, n: number) =>
      `<li><span class="title">Paper number ${n} on sparse models</span> <span class="author"><em>Jane Doe</em>, Bo Chen</span> <span class="venue">ICML ${year}</span></li>`;
    const doc = parseHtml(
      `<div class="pubs"><h2>2021</h2><ol>${entry(2021, 1)}${entry(2021, 2)}</ol><h2>2020</h2><ol>${entry(2020, 3)}${entry(2020, 4)}</ol></div>`,
    );
    const list = findList(doc);
    expect(list?.entries).toHaveLength(4);
    expect(list?.evidence.ordered).toBe(1);
    expect(generic.detect(doc, SAVED)).not.toBeNull();
  });
});
