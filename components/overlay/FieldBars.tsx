import { fieldColor } from '@/lib/analysis/topics/colors';

/** Width of the chart in SVG user units. The CSS scales the whole chart to the panel. */
const CHART_WIDTH = 300;
/** Font size of `.bar-label` in overlay.css, in user units. */
const LABEL_FONT_SIZE = 11;
/**
 * Average glyph width as a share of the font size. The value is an estimate on the wide side for
 * mixed-case text in common sans-serif fonts, so a label of `MAX_LABEL_CHARS` fits the chart width.
 * NOTE: a label of wide capitals can still overflow.
 */
const GLYPH_WIDTH_EM = 0.6;
/** Maximum length of a label drawn whole, 45 characters, which fits every OpenAlex field name (the longest has 44). */
export const MAX_LABEL_CHARS = Math.floor(CHART_WIDTH / (LABEL_FONT_SIZE * GLYPH_WIDTH_EM));

const ROW_HEIGHT = 30;
const BAR_TOP = 15;
const BAR_HEIGHT = 11;
/** Room right of the longest bar for its count. */
const COUNT_WIDTH = 40;

/** Returns `text` whole when it fits `maxChars`, else cut at a word boundary where one is near and ended with "…". */
export function fitLabel(text: string, maxChars = MAX_LABEL_CHARS): string {
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars - 1);
  const space = cut.lastIndexOf(' ');
  const truncated = space >= maxChars / 2 ? cut.slice(0, space) : cut;
  return `${truncated.replace(/[\s,;:]+$/u, '')}…`;
}

/**
 * Papers per field as horizontal bars, each field's name above its bar so long names get the full
 * chart width. A name too long even for that is cut with "…" and given whole in a `<title>`.
 */
export function FieldBars({ counts }: { counts: [string, number][] }) {
  const max = counts[0]?.[1] ?? 1;
  return (
    <svg
      class="bars"
      role="img"
      aria-label={counts.map(([field, count]) => `${field}: ${count}`).join(', ')}
      viewBox={`0 0 ${CHART_WIDTH} ${counts.length * ROW_HEIGHT}`}
      data-testid="topic-bars"
    >
      {counts.map(([field, count], index) => {
        const label = fitLabel(field);
        const width = Math.max(2, (count / max) * (CHART_WIDTH - COUNT_WIDTH));
        return (
          <g key={field} transform={`translate(0 ${index * ROW_HEIGHT})`}>
            <text x="0" y={BAR_TOP - 3} class="bar-label" data-testid="topic-bar-label">
              {label !== field && <title>{field}</title>}
              {label}
            </text>
            <rect x="0" y={BAR_TOP} height={BAR_HEIGHT} width={width} fill={fieldColor(field)} stroke="#57606a" stroke-width="0.5" />
            <text x={width + 4} y={BAR_TOP + BAR_HEIGHT - 1} class="bar-label" data-testid="topic-bar-count">
              {count}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
