import { useState } from 'preact/hooks';
import type { PageRecord, Profile, Provenance } from '@/lib/model';
import type { LoadAllOutcome } from '@/lib/content/load-all';
import { recomputeMetrics, checkSiteMetrics } from '@/lib/analysis/metrics';
import { distinctWorks } from '@/lib/analysis/works';
import { MetricsTable } from './MetricsTable';
import { CollaborationSummary } from './CollaborationSummary';
import { CollaborationGroups } from './CollaborationGroups';
import { TopicBars } from './TopicBars';
import { LoadAllControl } from './LoadAllControl';
import { useProfileAnalysis, type AnalyzeFunction } from './use-profile-analysis';
import { profileKey } from '@/lib/model/ids';
import { sendRequest } from '@/lib/messaging/client';
import { log } from '@/lib/log';

export type LoadProgress = { status: 'idle' | 'loading'; rows: number } | LoadAllOutcome;

interface Props {
  profile: Profile | null;
  /** One record per row, in page order. Rows of one work share the record's id and count once. */
  papers: PageRecord[];
  /** The page's sighting, which the analysis gives every paper as its provenance. */
  sighting: Provenance;
  skipped: number;
  /** Saved works among the rows. */
  savedCount: number;
  storageError: string | null;
  load: LoadProgress;
  canLoadMore: boolean;
  onLoadAll: () => void;
  onCancelLoad: () => void;
  /** Runs the collaboration analysis, by default in the background. */
  analyze?: AnalyzeFunction;
  /** Whether the panel starts folded to its header. */
  collapsed?: boolean | undefined;
  /** Called with the folded state when the user hides or shows the panel. */
  onCollapse?: (collapsed: boolean) => void;
}

/** Renders the profile summary: counts, recomputed metrics, co-authors, topics and the load-all action. */
export function ProfilePanel(props: Props) {
  const { profile, skipped, savedCount, storageError, load, canLoadMore } = props;
  const papers = distinctWorks(props.papers);
  const rows = props.papers.length;
  const metrics = recomputeMetrics(papers);
  const complete = !canLoadMore;
  const warnings = profile ? checkSiteMetrics(profile.metrics, papers.length, metrics, complete) : [];
  const analysis = useProfileAnalysis(profile, papers, props.sighting, props.analyze);
  // The collaboration analysis is the panel's only asynchronous section. `data-busy` marks the panel
  // until its first result or error, so scripts such as `npm start` can wait for the finished panel.
  const busy = papers.length > 0 && analysis.result === null && analysis.error === null;
  // The panel can be folded to its header, because where it floats over the page it covers rows.
  const [collapsed, setCollapsed] = useState(props.collapsed === true);
  const toggle = () => {
    setCollapsed(!collapsed);
    props.onCollapse?.(!collapsed);
  };
  return (
    <section class="panel" aria-label="Scholar Lens profile summary" data-testid="profile-panel" data-busy={busy ? 'true' : undefined}>
      <header class="panel-head">
        <strong>Scholar Lens</strong>
        <span data-testid="paper-count">
          {papers.length} {papers.length === 1 ? 'paper' : 'papers'}
          {rows > papers.length ? ` in ${rows} rows` : ''}
          {complete ? '' : ' shown so far'}
        </span>
        <button type="button" class="panel-toggle" aria-expanded={!collapsed} aria-controls="panel-body"
          aria-label={collapsed ? 'Show summary' : 'Hide summary'} data-testid="panel-toggle" onClick={toggle}>
          {collapsed ? 'Show' : 'Hide'}
        </button>
      </header>
      {storageError && (
        <p class="alert" role="alert" data-testid="storage-error">
          {storageError}
        </p>
      )}
      <div id="panel-body" hidden={collapsed}>
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
        {papers.length > 0 && <CollaborationSummary summary={analysis.result?.summary ?? null} error={analysis.error} />}
        {profile && <CollaborationGroups profile={profile} result={analysis.result} />}
        <TopicBars papers={papers} />
        <p class="note">{savedCount} saved in your library.</p>
        {profile && (
          <button type="button" class="export-profile" data-testid="export-profile" onClick={() => void openLibraryExport(profile)}>
            Export this profile
          </button>
        )}
      </div>
    </section>
  );
}

/** Opens the library page filtered to the profile, which exports its stored papers as BibTeX. */
async function openLibraryExport(profile: Profile): Promise<void> {
  const response = await sendRequest({ type: 'library/open', profile: profileKey(profile), export: 'bibtex' });
  if (!response.ok) log.warn(`opening the library for ${profileKey(profile)} failed: ${response.error}`);
}
