import type { Paper, Profile } from '@/lib/model';
import type { LoadAllOutcome } from '@/lib/content/load-all';
import { recomputeMetrics, checkSiteMetrics } from '@/lib/analysis/metrics';
import { topCoauthors } from '@/lib/analysis/coauthors';
import { MetricsTable } from './MetricsTable';
import { CoauthorList } from './CoauthorList';
import { TopicBars } from './TopicBars';
import { LoadAllControl } from './LoadAllControl';

export type LoadProgress = { status: 'idle' | 'loading'; rows: number } | LoadAllOutcome;

interface Props {
  profile: Profile | null;
  papers: Paper[];
  skipped: number;
  savedCount: number;
  storageError: string | null;
  load: LoadProgress;
  canLoadMore: boolean;
  onLoadAll: () => void;
  onCancelLoad: () => void;
}

/** The profile summary: counts, recomputed metrics, co-authors, topics and the load-all action. */
export function ProfilePanel(props: Props) {
  const { profile, papers, skipped, savedCount, storageError, load, canLoadMore } = props;
  const metrics = recomputeMetrics(papers);
  const complete = !canLoadMore;
  const warnings = profile ? checkSiteMetrics(profile.metrics, papers.length, metrics, complete) : [];
  const coauthors = profile ? topCoauthors(papers, { name: profile.name }, 8) : [];
  return (
    <section class="panel" aria-label="Scholar Lens profile summary" data-testid="profile-panel">
      <header class="panel-head">
        <strong>Scholar Lens</strong>
        <span data-testid="paper-count">
          {papers.length} {papers.length === 1 ? 'paper' : 'papers'}
          {complete ? '' : ' shown so far'}
        </span>
      </header>
      {storageError && (
        <p class="alert" role="alert" data-testid="storage-error">
          {storageError}
        </p>
      )}
      {skipped > 0 && <p class="note">{skipped} rows could not be read and were skipped.</p>}
      <LoadAllControl load={load} canLoadMore={canLoadMore} onLoadAll={props.onLoadAll} onCancel={props.onCancelLoad} />
      <MetricsTable recomputed={metrics} site={profile?.metrics ?? {}} complete={complete} />
      {warnings.length > 0 && (
        <ul class="warnings" data-testid="metric-warnings">
          {warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      <CoauthorList coauthors={coauthors} />
      <TopicBars papers={papers} />
      <p class="note">{savedCount} saved in your library.</p>
    </section>
  );
}
