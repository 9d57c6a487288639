import type { Paper } from '../model';

/**
 * Keeps one paper per id, so that rows the store found to be one work (a preprint listed under its
 * bare and versioned arXiv ids, a paper listed twice) count once in counts, metrics, co-authors and
 * topics. Of a work's rows, the one with the highest citation count stands for it, because each row
 * of one work counts citations of the same paper, and adding them would count some twice.
 */
export function distinctWorks(papers: readonly Paper[]): Paper[] {
  const byId = new Map<string, number>();
  const works: Paper[] = [];
  for (const paper of papers) {
    const at = byId.get(paper.id);
    if (at === undefined) {
      byId.set(paper.id, works.length);
      works.push(paper);
    } else if ((paper.citations ?? -1) > ((works[at] as Paper).citations ?? -1)) {
      works[at] = paper;
    }
  }
  return works;
}
