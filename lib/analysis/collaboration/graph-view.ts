import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { Coauthor, Paper } from '../../model';
import { buildCoauthorGraph, findCollaboratorGroups } from './groups';
import type { CoauthorIndex } from './people';
import { summarizeCollaboration } from './summary';

export interface GraphNode {
  id: string;
  /** The co-author's display name, with the site id where co-authors share a name. */
  name: string;
  /** Joint papers with the owner. */
  papers: number;
  /** Index into `groups`, or -1 for a co-author in no group. */
  group: number;
  url?: string;
  x: number;
  y: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  /** Papers the two co-authors share. */
  weight: number;
}

export interface GraphView {
  nodes: GraphNode[];
  edges: GraphEdge[];
  groups: string[];
  /** Co-authors left out by the node cap. */
  hiddenNodes: number;
  hiddenEdges: number;
}

/** Caps that keep the drawing readable: the co-authors with most joint papers, and their strongest ties. */
export const MAX_GRAPH_NODES = 40;
export const MAX_GRAPH_EDGES = 100;
const LAYOUT_TICKS = 300;
/** An estimate of the width of one character of a node label, in the drawing's 10px font. */
const LABEL_CHARACTER_WIDTH = 5.5;

/** Estimates a node label's width in drawing units. */
export function labelWidth(name: string): number {
  return name.length * LABEL_CHARACTER_WIDTH;
}

/**
 * Builds the drawable co-author graph: the `maxNodes` co-authors with most joint papers, the
 * `maxEdges` strongest ties among them, and positions from a d3-force layout within
 * `width` by `height`. d3-force seeds its own jitter, so the same input gives the same drawing.
 */
export function buildGraphView(
  papers: readonly Paper[],
  index: CoauthorIndex,
  options: { siteCoauthors?: readonly Coauthor[]; width: number; height: number; maxNodes?: number; maxEdges?: number },
): GraphView {
  const maxNodes = options.maxNodes ?? MAX_GRAPH_NODES;
  const maxEdges = options.maxEdges ?? MAX_GRAPH_EDGES;
  const summary = summarizeCollaboration(papers, { name: index.owner, coauthors: options.siteCoauthors }, { index, limit: maxNodes });
  const groups = findCollaboratorGroups(index, papers);
  const groupOf = new Map<string, number>();
  groups.forEach((group, groupIndex) => group.members.forEach((id) => groupOf.set(id, groupIndex)));

  const shown = new Set(summary.top.map((person) => person.id));
  const graph = buildCoauthorGraph(index, papers);
  const ties: GraphEdge[] = [];
  let allTies = 0;
  graph.forEachNode((node) => {
    graph.forEachEdge(node, (_edge, attributes, source, target) => {
      if (source !== node) return;
      if (!shown.has(source) || !shown.has(target)) return;
      allTies += 1;
      ties.push({ source, target, weight: attributes.weight as number });
    });
  });
  ties.sort((a, b) => b.weight - a.weight || a.source.localeCompare(b.source) || a.target.localeCompare(b.target));
  const edges = ties.slice(0, maxEdges);

  const nodes: (GraphNode & SimulationNodeDatum)[] = summary.top.map((person) => ({
    id: person.id,
    name: person.displayName,
    papers: person.papers,
    group: groupOf.get(person.id) ?? -1,
    ...(person.url ? { url: person.url } : {}),
    x: 0,
    y: 0,
  }));
  layout(nodes, edges, options.width, options.height);
  return {
    nodes: nodes.map(({ id, name, papers: count, group, url, x, y }) => ({ id, name, papers: count, group, ...(url ? { url } : {}), x, y })),
    edges,
    groups: groups.map((group) => group.label),
    hiddenNodes: summary.coauthorCount - nodes.length,
    hiddenEdges: allTies - edges.length,
  };
}

function layout(nodes: (GraphNode & SimulationNodeDatum)[], edges: GraphEdge[], width: number, height: number): void {
  for (const node of nodes) {
    delete (node as SimulationNodeDatum).x;
    delete (node as SimulationNodeDatum).y;
  }
  const links = edges.map((edge) => ({ source: edge.source, target: edge.target, weight: edge.weight }));
  const simulation = forceSimulation(nodes)
    .force('link', forceLink<GraphNode & SimulationNodeDatum, (typeof links)[number]>(links).id((node) => node.id).distance(60))
    .force('charge', forceManyBody().strength(-120))
    // A node keeps room for about half its label around it, so labels overlap less.
    .force('collide', forceCollide<GraphNode & SimulationNodeDatum>((node) => Math.max(14, labelWidth(node.name) / 2 + 4)))
    .force('center', forceCenter(width / 2, height / 2))
    // A co-author with no tie is pushed away by all others, so a weak pull keeps them inside the drawing
    // instead of piled up at its edge.
    .force('x', forceX<GraphNode & SimulationNodeDatum>(width / 2).strength(0.06))
    .force('y', forceY<GraphNode & SimulationNodeDatum>(height / 2).strength(0.15))
    .stop();
  simulation.tick(LAYOUT_TICKS);
  // Keep every node inside the drawing, with room for its circle.
  for (const node of nodes) {
    node.x = Math.min(width - 16, Math.max(16, node.x ?? width / 2));
    node.y = Math.min(height - 16, Math.max(16, node.y ?? height / 2));
  }
}
