import { normalizeTitle } from '../model/ids';
import { isPreprintOf, listedAsPreprint, listedAsPublished, type VersionFields } from '../model/versions';

/** A row as the counts read it. */
type WorkRow = VersionFields & { id: string; title: string; year: number | null; citations: number | null };

/** Years that a preprint and its published version may differ by, as the store allows. */
const VERSION_YEARS = 1;

/**
 * Keeps one paper per work, so that rows of one work count once in counts, metrics, co-authors and
 * topics. Rows that the store found to be one work share an id: a preprint listed under its bare
 * and versioned arXiv ids, or a paper listed twice. A preprint listed under the same title as its
 * published version, as dblp lists a CoRR entry beside the conference paper, is one work too.
 * The work's row with the highest citation count is kept, because its rows count citations of the
 * same paper and their sum would count some citations twice.
 */
export function distinctWorks<T extends WorkRow>(papers: readonly T[]): T[] {
  const byId = new Map<string, number>();
  const works: T[] = [];
  for (const paper of papers) {
    const at = byId.get(paper.id);
    if (at === undefined) {
      byId.set(paper.id, works.length);
      works.push(paper);
    } else if (moreCited(paper, works[at] as T)) {
      works[at] = paper;
    }
  }
  return withoutVersionRows(works);
}

/** Folds a preprint row and the published row of the same title and a close year into one. */
function withoutVersionRows<T extends WorkRow>(works: T[]): T[] {
  // Most lists have no preprint or no published row (Scholar's rows have no type), and then no title is read.
  const hasPublished = works.some((paper) => listedAsPublished(paper) && !listedAsPreprint(paper));
  if (!hasPublished || !works.some((paper) => listedAsPreprint(paper))) return works;

  const byTitle = new Map<string, number[]>();
  const folded = new Set<number>();
  works.forEach((paper, index) => {
    const key = normalizeTitle(paper.title);
    if (!key) return;
    const same = byTitle.get(key);
    if (!same) {
      byTitle.set(key, [index]);
      return;
    }
    const partner = same.find((at) => isVersionOf(works[at] as T, paper));
    if (partner === undefined) {
      same.push(index);
      return;
    }
    // Of two rows with the same count, the published one stays, because its venue names the work.
    const earlier = works[partner] as T;
    if (moreCited(paper, earlier) || (!moreCited(earlier, paper) && listedAsPreprint(earlier))) works[partner] = paper;
    folded.add(index);
  });
  return folded.size === 0 ? works : works.filter((_, index) => !folded.has(index));
}

/** Tells whether one row is a preprint and the other its published version, of a close year. */
function isVersionOf(a: WorkRow, b: WorkRow): boolean {
  if (a.year !== null && b.year !== null && Math.abs(a.year - b.year) > VERSION_YEARS) return false;
  return isPreprintOf(a, b);
}

/** Tells whether `row` counts more citations than `other`, an unknown count being the fewest. */
function moreCited(row: WorkRow, other: WorkRow): boolean {
  return (row.citations ?? -1) > (other.citations ?? -1);
}
