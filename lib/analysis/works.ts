/**
 * Keeps one paper per id, so that rows the store found to be one work (a preprint listed under its
 * bare and versioned arXiv ids, a paper listed twice) count once in counts, metrics, co-authors and
 * topics. The work's row with the highest citation count is kept, because its rows count citations
 * of the same paper and their sum would count some citations twice.
 */
export function distinctWorks<T extends { id: string; citations: number | null }>(papers: readonly T[]): T[] {
  const byId = new Map<string, number>();
  const works: T[] = [];
  for (const paper of papers) {
    const at = byId.get(paper.id);
    if (at === undefined) {
      byId.set(paper.id, works.length);
      works.push(paper);
    } else if ((paper.citations ?? -1) > ((works[at] as T).citations ?? -1)) {
      works[at] = paper;
    }
  }
  return works;
}
