import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { Paper } from '../../model';
import { shownTopics } from '../topics/confidence';
import type { CoauthorIndex } from './people';

/** A community of co-authors who write with each other, not only with the owner. */
export interface CollaboratorGroup {
  /** "DR Radev, P Muthukrishnan, A Abu-Jbara and others", from the members with the most ties inside the group. */
  label: string;
  /** Member ids, most central first. */
  members: string[];
  /** Names of the most central members as `CoauthorIndex.displayNames` prints them, at most `CENTRAL_MEMBERS`. */
  central: string[];
  /** Indexes of the papers with at least two of the group's members. */
  papers: number[];
  /** Most frequent topic labels on those papers. */
  topics: string[];
  firstYear: number | null;
  lastYear: number | null;
}

/** Papers with more authors than this add no ties, because a consortium list would join everyone. */
export const MAX_AUTHORS_FOR_TIES = 25;
const CENTRAL_MEMBERS = 3;
const MIN_GROUP_MEMBERS = 3;
/** A group seen on one paper only is that paper's author list, not a lasting team. */
const MIN_GROUP_PAPERS = 2;

/**
 * Ties between co-authors: one per paper they share, the owner left out. Edge weight is the
 * number of shared papers. Papers with more than `MAX_AUTHORS_FOR_TIES` authors add no ties.
 */
export function buildCoauthorGraph(index: CoauthorIndex, papers: readonly Paper[]): Graph {
  const graph = new Graph({ type: 'undirected' });
  index.coauthors.forEach((ids, paperIndex) => {
    for (const id of ids) {
      if (!graph.hasNode(id)) graph.addNode(id, { papers: 0 });
      graph.updateNodeAttribute(id, 'papers', (value) => ((value as number | undefined) ?? 0) + 1);
    }
    if ((papers[paperIndex]?.authors.length ?? 0) > MAX_AUTHORS_FOR_TIES) return;
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        graph.updateUndirectedEdge(ids[i]!, ids[j]!, (attributes) => ({ weight: ((attributes.weight as number | undefined) ?? 0) + 1 }));
      }
    }
  });
  return graph;
}

/**
 * Finds collaborator groups as Louvain communities of the co-author graph. The random source is
 * seeded, so the same papers give the same groups. Groups of fewer than `MIN_GROUP_MEMBERS`
 * people or `MIN_GROUP_PAPERS` papers are dropped. Groups come largest first.
 */
export function findCollaboratorGroups(index: CoauthorIndex, papers: readonly Paper[], limit = 8): CollaboratorGroup[] {
  const graph = buildCoauthorGraph(index, papers);
  if (graph.size === 0) return [];
  const communities = louvain(graph, { getEdgeWeight: 'weight', rng: seededRandom(1) });

  const members = new Map<number, string[]>();
  for (const [node, community] of Object.entries(communities)) {
    const list = members.get(community) ?? [];
    list.push(node);
    members.set(community, list);
  }

  const groups: CollaboratorGroup[] = [];
  for (const ids of members.values()) {
    if (ids.length < MIN_GROUP_MEMBERS) continue;
    const group = describeGroup(graph, ids, index, papers);
    if (group.papers.length >= MIN_GROUP_PAPERS) groups.push(group);
  }
  groups.sort((a, b) => b.papers.length - a.papers.length || b.members.length - a.members.length);
  return groups.slice(0, limit);
}

function describeGroup(graph: Graph, ids: string[], index: CoauthorIndex, papers: readonly Paper[]): CollaboratorGroup {
  const inGroup = new Set(ids);
  const strength = new Map<string, number>();
  for (const id of ids) {
    let total = 0;
    graph.forEachEdge(id, (_edge, attributes, source, target) => {
      if (inGroup.has(source === id ? target : source)) total += attributes.weight as number;
    });
    strength.set(id, total);
  }
  const ranked = [...ids].sort((a, b) => (strength.get(b) ?? 0) - (strength.get(a) ?? 0) || a.localeCompare(b));
  const central = ranked.slice(0, CENTRAL_MEMBERS).map((id) => index.displayNames.get(id) ?? id);

  const paperIndexes: number[] = [];
  const topicCounts = new Map<string, number>();
  let firstYear: number | null = null;
  let lastYear: number | null = null;
  index.coauthors.forEach((coauthors, paperIndex) => {
    if (coauthors.filter((id) => inGroup.has(id)).length < 2) return;
    paperIndexes.push(paperIndex);
    const paper = papers[paperIndex];
    // Only the tags its rows show name a group, so a weak tag hidden on every row names none.
    for (const topic of shownTopics(paper?.topics ?? [])) topicCounts.set(topic.label, (topicCounts.get(topic.label) ?? 0) + 1);
    const year = paper?.year ?? null;
    if (year !== null) {
      firstYear = firstYear === null ? year : Math.min(firstYear, year);
      lastYear = lastYear === null ? year : Math.max(lastYear, year);
    }
  });
  const topics = [...topicCounts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 3).map(([label]) => label);
  const label = ranked.length > central.length ? `${central.join(', ')} and others` : central.join(', ');
  return { label, members: ranked, central, papers: paperIndexes, topics, firstYear, lastYear };
}

/** Mulberry32: a small seeded generator, so community detection is repeatable. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
