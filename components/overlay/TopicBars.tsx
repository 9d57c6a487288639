import { useState } from 'preact/hooks';
import type { PageRecord } from '@/lib/model';
import { fieldColor } from '@/lib/analysis/topics/colors';
import { confidentBest } from '@/lib/analysis/topics/confidence';
import { FieldBars } from './FieldBars';

/** Fields shown by name; the rest are summed as "Other". */
const MAX_FIELDS = 6;
const OTHER = 'Other';
const OTHER_COLOR = '#d0d7de';

/** Papers per field of their first topic, as horizontal SVG bars, or the field mix per year as stacked columns. */
export function TopicBars({ papers }: { papers: PageRecord[] }) {
  const [view, setView] = useState<'fields' | 'years'>('fields');
  const counts = countFields(papers);
  if (counts.length === 0) return null;
  const shown = new Set(counts.slice(0, MAX_FIELDS).map(([field]) => field));
  return (
    <div class="block">
      <h3>Topics</h3>
      <div class="toggle" role="group" aria-label="Topic chart view">
        <button type="button" aria-pressed={view === 'fields'} onClick={() => setView('fields')} data-testid="topic-view-fields">
          By field
        </button>
        <button type="button" aria-pressed={view === 'years'} onClick={() => setView('years')} data-testid="topic-view-years">
          Over the years
        </button>
      </div>
      {view === 'fields' ? <FieldBars counts={counts.slice(0, MAX_FIELDS)} /> : <YearColumns papers={papers} shown={shown} />}
    </div>
  );
}

function countFields(papers: PageRecord[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const paper of papers) {
    const field = confidentBest(paper.topics)?.field;
    if (field) counts.set(field, (counts.get(field) ?? 0) + 1);
  }
  return Array.from(counts.entries()).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** Stacked columns, one per year, of papers by the field of their first topic. Papers with no year are left out. */
function YearColumns({ papers, shown }: { papers: PageRecord[]; shown: Set<string> }) {
  const byYear = new Map<number, Map<string, number>>();
  for (const paper of papers) {
    const field = confidentBest(paper.topics)?.field;
    if (!field || paper.year === null) continue;
    const key = shown.has(field) ? field : OTHER;
    const year = byYear.get(paper.year) ?? new Map<string, number>();
    year.set(key, (year.get(key) ?? 0) + 1);
    byYear.set(paper.year, year);
  }
  const years = Array.from(byYear.keys()).sort((a, b) => a - b);
  if (years.length === 0) return <p class="note">No tagged paper shows a year.</p>;

  const first = years[0] as number;
  const last = years[years.length - 1] as number;
  const span = last - first + 1;
  const max = Math.max(...Array.from(byYear.values(), (fields) => sum(fields.values())));
  const order = [...shown, OTHER];
  // The legend names only the fields that some year's column contains.
  const drawn = order.filter((field) => years.some((year) => byYear.get(year)?.has(field)));
  const width = 300 / span;
  const height = 80;
  const summary = years.map((year) => `${year}: ${describe(byYear.get(year), order)}`).join('; ');
  return (
    <>
      <svg class="bars" role="img" aria-label={summary} viewBox={`0 0 300 ${height + 14}`} data-testid="topic-years">
        {years.map((year) => {
          let top = height;
          const fields = byYear.get(year) as Map<string, number>;
          return (
            <g key={year}>
              {order.map((field) => {
                const count = fields.get(field) ?? 0;
                if (count === 0) return null;
                const h = (count / max) * height;
                top -= h;
                return (
                  <rect key={field} x={(year - first) * width + 0.5} y={top} width={Math.max(1, width - 1)} height={h} fill={field === OTHER ? OTHER_COLOR : fieldColor(field)}>
                    <title>{`${year}, ${field}: ${count}`}</title>
                  </rect>
                );
              })}
            </g>
          );
        })}
        <text x="0" y={height + 12} class="bar-label">{first}</text>
        <text x="300" y={height + 12} class="bar-label" text-anchor="end">{last}</text>
      </svg>
      <ul class="legend" data-testid="topic-years-legend">
        {drawn.map((field) => (
          <li key={field}>
            <span class="swatch" style={{ background: field === OTHER ? OTHER_COLOR : fieldColor(field) }} />
            {field}
          </li>
        ))}
      </ul>
    </>
  );
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

function describe(fields: Map<string, number> | undefined, order: string[]): string {
  return order.filter((field) => fields?.get(field)).map((field) => `${field} ${fields?.get(field)}`).join(', ');
}
