import type { SiteMetrics } from '@/lib/model';
import type { recomputeMetrics } from '@/lib/analysis/metrics';

interface Props {
  recomputed: ReturnType<typeof recomputeMetrics>;
  site: SiteMetrics;
  complete: boolean;
}

/**
 * Citations, h-index and i10-index recomputed from the rows, beside the site's own values. Renders
 * nothing when no row has a citation count and the site gives no metric, as on dblp and ACL Anthology.
 */
export function MetricsTable({ recomputed, site, complete }: Props) {
  // A site that shows no citation counts gives nothing to recompute from.
  const counted = recomputed.papersWithoutCitations < recomputed.paperCount;
  const rows: [string, number | null, number | null | undefined][] = [
    ['Citations', counted ? recomputed.citations : null, site.citations?.all],
    ['h-index', counted ? recomputed.hIndex : null, site.hIndex?.all],
    ['i10-index', counted ? recomputed.i10Index : null, site.i10Index?.all],
  ];
  if (rows.every(([, mine, theirs]) => mine === null && (theirs ?? null) === null)) return null;

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
              <td>{mine ?? '–'}</td>
              <td>{theirs ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!complete && <p class="note">* From the rows loaded so far. Load all papers for the full figures.</p>}
    </>
  );
}
