import { useState } from 'preact/hooks';
import { labelWidth, type GraphNode, type GraphView } from '@/lib/analysis/collaboration/graph-view';
import { isHttpUrl } from '../safe-url';

export const GRAPH_WIDTH = 760;
export const GRAPH_HEIGHT = 520;
const PALETTE = ['#0969da', '#bf3989', '#1a7f37', '#9a6700', '#8250df', '#cf222e', '#116329', '#57606a'];

/**
 * Draws the co-author graph as SVG. Each node is a link (to the co-author's profile where the
 * page gave one) or a focusable group, so Tab walks the nodes and focus shows their ties.
 * The table below repeats the data for screen readers and keyboard users.
 */
export function CoauthorGraph({ view }: { view: GraphView }) {
  const [active, setActive] = useState<string | null>(null);
  const byId = new Map(view.nodes.map((node) => [node.id, node]));
  const maxWeight = Math.max(1, ...view.edges.map((edge) => edge.weight));
  const maxPapers = Math.max(1, ...view.nodes.map((node) => node.papers));

  return (
    <div class="graph">
      <svg viewBox={`0 0 ${GRAPH_WIDTH} ${GRAPH_HEIGHT}`} role="group" aria-label="Co-author graph" data-testid="coauthor-graph">
        {view.edges.map((edge) => {
          const source = byId.get(edge.source);
          const target = byId.get(edge.target);
          if (!source || !target) return null;
          const lit = active !== null && (edge.source === active || edge.target === active);
          return (
            <line key={`${edge.source}|${edge.target}`} x1={source.x} y1={source.y} x2={target.x} y2={target.y}
              class={lit ? 'tie lit' : 'tie'} stroke-width={1 + (3 * edge.weight) / maxWeight} />
          );
        })}
        {view.nodes.map((node) => (
          <GraphNodeMark key={node.id} node={node} radius={5 + (9 * node.papers) / maxPapers} onFocus={setActive} />
        ))}
      </svg>
      {view.groups.length > 0 && (
        <ul class="legend">
          {view.groups.map((label, index) => (
            <li key={label}>
              <span class="swatch" style={{ background: PALETTE[index % PALETTE.length] }} /> {label}
            </li>
          ))}
        </ul>
      )}
      <table class="graph-table">
        <caption>Co-authors in the graph</caption>
        <thead>
          <tr><th scope="col">Name</th><th scope="col">Joint papers</th><th scope="col">Group</th></tr>
        </thead>
        <tbody>
          {view.nodes.map((node) => (
            <tr key={node.id}>
              <td>{isHttpUrl(node.url) ? <a href={node.url} target="_blank" rel="noopener noreferrer">{node.name}</a> : node.name}</td>
              <td>{node.papers}</td>
              <td>{node.group >= 0 ? view.groups[node.group] : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function GraphNodeMark({ node, radius, onFocus }: { node: GraphNode; radius: number; onFocus: (id: string | null) => void }) {
  const label = `${node.name}, ${node.papers} joint ${node.papers === 1 ? 'paper' : 'papers'}`;
  const mark = (
    <>
      <circle cx={node.x} cy={node.y} r={radius} fill={node.group >= 0 ? PALETTE[node.group % PALETTE.length] : '#8c959f'} />
      {node.x + radius + 3 + labelWidth(node.name) > GRAPH_WIDTH ? (
        <text x={node.x - radius - 3} y={node.y + 4} text-anchor="end">{node.name}</text>
      ) : (
        <text x={node.x + radius + 3} y={node.y + 4}>{node.name}</text>
      )}
      <title>{label}</title>
    </>
  );
  const events = { onFocus: () => onFocus(node.id), onBlur: () => onFocus(null), onMouseEnter: () => onFocus(node.id), onMouseLeave: () => onFocus(null) };
  if (isHttpUrl(node.url)) {
    return (
      <a class="node" href={node.url} target="_blank" rel="noopener noreferrer" aria-label={label} {...events}>
        {mark}
      </a>
    );
  }
  return (
    <g class="node" tabindex={0} role="img" aria-label={label} {...events}>
      {mark}
    </g>
  );
}
