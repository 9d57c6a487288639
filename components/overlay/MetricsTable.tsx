import type { SiteMetrics } from '@/lib/model';
import type { recomputeMetrics } from '@/lib/analysis/metrics';

interface Props {
  recomputed: ReturnType<typeof recomputeMetrics>;
  site: SiteMetrics;
  complete: boolean;
}

/** Citations, h-index and i10-index recomputed from the rows, beside the site's own values. */
export function MetricsTable({ recomputed, site, complete }: Props) {
  const rows: [string, number, number | null | undefined][] = [
    ['Citations', recomputed.citations, site.citations?.all],
    ['h-index', recomputed.hIndex, site.hIndex?.all],
    ['i10-index', recomputed.i10Index, site.i10Index?.all],
  ];
  return (
    <>
      <table class="metrics" data-testid="metrics">
        <thead>
          <tr>
            <th scope="col">Metric</th>
            <th scope="col">From rows{complete ? '' : '*'}</th>
            <th scope="col">Site</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, mine, theirs]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{mine}</td>
              <td>{theirs ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!complete && <p class="note">* From the rows loaded so far. Load all papers for the full figures.</p>}
    </>
  );
}
