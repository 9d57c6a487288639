import { useEffect, useState } from 'preact/hooks';
import type { ScholarLensDatabase } from '@/lib/db/database';
import { getDatabase } from '@/lib/db/instance';
import { log } from '@/lib/log';
import { indexCoauthors } from '@/lib/analysis/collaboration/people';
import { buildGraphView, type GraphView } from '@/lib/analysis/collaboration/graph-view';
import { CoauthorGraph, GRAPH_HEIGHT, GRAPH_WIDTH } from './CoauthorGraph';

export interface GraphPageProps {
  db?: ScholarLensDatabase;
  /** The page's query string, `?profile=site:id`. */
  search?: string;
}

type State = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; name: string; papers: number; view: GraphView };

/** Renders the expanded co-author graph of one stored profile, read from the extension's database. */
export function GraphPage({ db = getDatabase(), search = location.search }: GraphPageProps) {
  const key = new URLSearchParams(search).get('profile');
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    if (!key) {
      setState({ status: 'error', message: 'No profile given. Open this page from a profile panel.' });
      return;
    }
    loadView(db, key)
      .then(setState)
      .catch((error: unknown) => {
        log.error(`loading the co-author graph of ${key} failed`, error);
        setState({ status: 'error', message: `The stored papers of ${key} could not be read. Reload the page.` });
      });
  }, [db, key]);

  return (
    <main class="graph-page">
      <h1>Co-author graph{state.status === 'ready' && state.name ? ` of ${state.name}` : ''}</h1>
      {state.status === 'loading' && <p>Loading stored papers…</p>}
      {state.status === 'error' && (
        <p class="alert" role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'ready' && (
        <>
          <p class="muted">
            {state.papers} stored papers. Showing {state.view.nodes.length} co-authors with the most joint papers
            {state.view.hiddenNodes > 0 ? ` (${state.view.hiddenNodes} more not shown)` : ''} and their{' '}
            {state.view.edges.length} strongest ties{state.view.hiddenEdges > 0 ? ` (${state.view.hiddenEdges} weaker ties not shown)` : ''}.
          </p>
          <CoauthorGraph view={state.view} />
        </>
      )}
    </main>
  );
}

async function loadView(db: ScholarLensDatabase, key: string): Promise<State> {
  const [papers, profile] = await Promise.all([db.papers.where('profileKeys').equals(key).toArray(), db.profiles.get(key)]);
  if (papers.length === 0) return { status: 'error', message: `No stored papers for ${key}. Visit the profile page first.` };
  const index = indexCoauthors(papers, profile?.name || null);
  const view = buildGraphView(papers, index, { siteCoauthors: profile?.coauthors, width: GRAPH_WIDTH, height: GRAPH_HEIGHT });
  return { status: 'ready', name: profile?.name ?? '', papers: papers.length, view };
}
