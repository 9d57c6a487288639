import type { Paper } from '@/lib/model';
import { fieldColor } from '@/lib/analysis/topics/colors';

/** Papers per field of their first topic, as horizontal SVG bars. */
export function TopicBars({ papers }: { papers: Paper[] }) {
  const counts = new Map<string, number>();
  for (const paper of papers) {
    const field = paper.topics[0]?.field;
    if (field) counts.set(field, (counts.get(field) ?? 0) + 1);
  }
  const entries = Array.from(counts.entries()).sort((a, b) => b[1] - a[1]).slice(0, 6);
  if (entries.length === 0) return null;
  const max = entries[0]?.[1] ?? 1;
  const rowHeight = 18;
  return (
    <div class="block">
      <h3>Topics</h3>
      <svg
        class="bars"
        role="img"
        aria-label={entries.map(([field, count]) => `${field}: ${count}`).join(', ')}
        viewBox={`0 0 300 ${entries.length * rowHeight}`}
        data-testid="topic-bars"
      >
        {entries.map(([field, count], index) => (
          <g key={field} transform={`translate(0 ${index * rowHeight})`}>
            <rect x="0" y="2" height={rowHeight - 4} width={Math.max(2, (count / max) * 80)} fill={fieldColor(field)} />
            <text x="86" y={rowHeight - 5} class="bar-label">
              {field} ({count})
            </text>
          </g>
        ))}
      </svg>
    </div>
  );
}
