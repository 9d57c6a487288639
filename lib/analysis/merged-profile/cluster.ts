import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { seededRandom } from '../collaboration/groups';
import { addInto, dot, type FeatureVector } from './features';

/** A set of papers with the evidence summed over them. */
export interface PaperCluster {
  papers: number[];
  vector: FeatureVector;
  /** Squared length of `vector`, kept up to date so similarities cost one pass over the smaller vector. */
  normSquared: number;
  /** Co-author id to the number of the cluster's papers they are on. */
  coauthors: Map<string, number>;
  years: number[];
}

/**
 * Clusters at least this similar are merged: cosine of their summed unit paper vectors over all
 * features (co-authors, venues, title words, topics, eras). The value was tuned by
 * `npm run eval:merge` on the real pages. Lower values merge different people, and higher ones
 * split one person.
 */
export const SAME_PERSON_SIMILARITY = 0.07;
/** A cluster smaller than this share of the papers joins its most similar larger cluster. */
export const MIN_CLUSTER_SHARE = 0.05;
export const MIN_CLUSTER_PAPERS = 3;
/**
 * Louvain resolution for the candidate communities. Below 1 it favours fewer, larger communities,
 * so one person is split less often before the merge step. Chosen with `npm run eval:merge`.
 */
export const LOUVAIN_RESOLUTION = 0.5;

/**
 * Groups papers into likely people in three steps. Louvain communities of the paper-feature
 * graph (papers joined to their co-authors, venues, title words, topics and eras) give candidate
 * groups. Average-linkage agglomeration merges candidates that are similar enough, and clusters
 * below the size floor join the cluster they resemble most.
 */
export function clusterPapers(vectors: FeatureVector[], coauthorIds: readonly string[][], years: (number | null)[]): PaperCluster[] {
  const candidates = communities(vectors).map((papers) => summarize(papers, vectors, coauthorIds, years));
  const merged = mergeRelated(candidates);
  return absorbSmall(merged, vectors.length);
}

function communities(vectors: FeatureVector[]): number[][] {
  const graph = new Graph({ type: 'undirected' });
  vectors.forEach((vector, index) => {
    const paper = `p${index}`;
    graph.addNode(paper);
    for (const [feature, weight] of vector) {
      if (!graph.hasNode(feature)) graph.addNode(feature);
      graph.addEdge(paper, feature, { weight });
    }
  });
  const assignment = graph.size > 0 ? louvain(graph, { getEdgeWeight: 'weight', rng: seededRandom(7), resolution: LOUVAIN_RESOLUTION }) : {};
  const byCommunity = new Map<number, number[]>();
  vectors.forEach((_vector, index) => {
    // A paper with no shared feature has no edge, so Louvain leaves it alone in its own community.
    const community = assignment[`p${index}`] ?? -1 - index;
    const list = byCommunity.get(community) ?? [];
    list.push(index);
    byCommunity.set(community, list);
  });
  return [...byCommunity.values()];
}

function summarize(papers: number[], vectors: FeatureVector[], coauthorIds: readonly string[][], years: (number | null)[]): PaperCluster {
  const cluster: PaperCluster = { papers, vector: new Map(), normSquared: 0, coauthors: new Map(), years: [] };
  for (const index of papers) {
    cluster.normSquared = addInto(cluster.vector, cluster.normSquared, vectors[index] ?? new Map());
    for (const id of coauthorIds[index] ?? []) cluster.coauthors.set(id, (cluster.coauthors.get(id) ?? 0) + 1);
    const year = years[index];
    if (year !== null && year !== undefined) cluster.years.push(year);
  }
  return cluster;
}

/** Merges two clusters into the larger one's maps, which the caller no longer uses separately. */
function combine(a: PaperCluster, b: PaperCluster): PaperCluster {
  const [large, small] = a.vector.size >= b.vector.size ? [a, b] : [b, a];
  large.normSquared = addInto(large.vector, large.normSquared, small.vector);
  for (const [id, count] of small.coauthors) large.coauthors.set(id, (large.coauthors.get(id) ?? 0) + count);
  return { ...large, papers: [...a.papers, ...b.papers], years: [...a.years, ...b.years] };
}

function similarity(a: PaperCluster, b: PaperCluster): number {
  if (a.normSquared === 0 || b.normSquared === 0) return 0;
  return dot(a.vector, b.vector) / Math.sqrt(a.normSquared * b.normSquared);
}

export function sharedCoauthors(a: PaperCluster, b: PaperCluster): string[] {
  const shared: string[] = [];
  for (const id of a.coauthors.keys()) if (b.coauthors.has(id)) shared.push(id);
  return shared;
}

/**
 * Average-linkage agglomeration: repeatedly merges the most similar pair of clusters (cosine of
 * summed feature vectors, co-authors included) until no pair reaches `SAME_PERSON_SIMILARITY`.
 * Similarities are kept in a matrix, and after a merge only the merged cluster's row is recomputed.
 */
function mergeRelated(clusters: PaperCluster[]): PaperCluster[] {
  const list: (PaperCluster | null)[] = [...clusters];
  const size = list.length;
  const similarities = new Float64Array(size * size);
  for (let i = 0; i < size; i++) {
    for (let j = i + 1; j < size; j++) similarities[i * size + j] = similarity(list[i]!, list[j]!);
  }
  for (;;) {
    let best = SAME_PERSON_SIMILARITY;
    let bestI = -1;
    let bestJ = -1;
    for (let i = 0; i < size; i++) {
      if (!list[i]) continue;
      for (let j = i + 1; j < size; j++) {
        if (list[j] && similarities[i * size + j]! >= best) {
          best = similarities[i * size + j]!;
          bestI = i;
          bestJ = j;
        }
      }
    }
    if (bestI < 0) break;
    const merged = combine(list[bestI]!, list[bestJ]!);
    list[bestI] = merged;
    list[bestJ] = null;
    for (let k = 0; k < size; k++) {
      const other = list[k];
      if (!other || k === bestI) continue;
      const value = similarity(merged, other);
      if (k < bestI) similarities[k * size + bestI] = value;
      else similarities[bestI * size + k] = value;
    }
  }
  return list.filter((cluster): cluster is PaperCluster => cluster !== null);
}

/** Moves each cluster below the size floor into the most similar cluster above it. */
function absorbSmall(clusters: PaperCluster[], paperCount: number): PaperCluster[] {
  const floor = Math.max(MIN_CLUSTER_PAPERS, Math.ceil(MIN_CLUSTER_SHARE * paperCount));
  const large = clusters.filter((cluster) => cluster.papers.length >= floor);
  const small = clusters.filter((cluster) => cluster.papers.length < floor);
  if (large.length === 0) return clusters.length > 0 ? [clusters.reduce(combine)] : [];
  const result = [...large];
  for (const cluster of small) {
    let best = 0;
    let bestScore = -1;
    large.forEach((candidate, index) => {
      const score = similarity(cluster, candidate) + (candidate.papers.length / paperCount) * 1e-3;
      if (score > bestScore) {
        bestScore = score;
        best = index;
      }
    });
    result[best] = combine(result[best]!, cluster);
  }
  return result.sort((a, b) => b.papers.length - a.papers.length);
}
