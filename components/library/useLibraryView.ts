import { useMemo, useRef, useState } from 'preact/hooks';
import type { StoredPaper, StoredProfile } from '@/lib/db/database';
import { filterChoices, type FilterChoices } from '@/lib/search/choices';
import { matchesFilters, NO_FILTERS, type PaperFilters } from '@/lib/search/filter';
import { PaperSearch } from '@/lib/search';
import { sortPapers, type SortKey } from '@/lib/search/sort';

export interface LibraryView {
  query: string;
  setQuery: (query: string) => void;
  filters: PaperFilters;
  setFilters: (filters: PaperFilters) => void;
  sort: SortKey;
  setSort: (sort: SortKey) => void;
  /** Papers in the chosen scope (saved or all), before search and the other filters. */
  inScope: StoredPaper[];
  /** Papers that pass the search and every filter, in the chosen order. */
  shown: StoredPaper[];
  /** When no saved paper passes, the number of unsaved stored papers that would. */
  unsavedMatches: number;
  choices: FilterChoices;
}

/**
 * Holds the search text, filters and sort order, and derives the papers to show. The search
 * index is updated only when the stored papers change, not on each keystroke.
 */
export function useLibraryView(papers: StoredPaper[], profiles: StoredProfile[], initialFilters: Partial<PaperFilters>): LibraryView {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<PaperFilters>({ ...NO_FILTERS, ...initialFilters });
  const [sort, setSort] = useState<SortKey>('added');

  // One index for the page's lifetime, synced on each change, so a note edit re-indexes one paper.
  const searchIndex = useRef<PaperSearch | null>(null);
  const index = useMemo(() => {
    searchIndex.current ??= new PaperSearch();
    searchIndex.current.sync(papers);
    return { search: (text: string) => searchIndex.current?.search(text) ?? null, papers };
  }, [papers]);
  const sorted = useMemo(() => sortPapers(papers, sort), [papers, sort]);
  const choices = useMemo(() => filterChoices(papers, profiles, filters.profile), [papers, profiles, filters.profile]);
  const inScope = useMemo(() => papers.filter((paper) => filters.scope === 'all' || paper.saved === 1), [papers, filters.scope]);

  const matching = useMemo(() => {
    const matches = index.search(query);
    return matches === null ? null : new Set(matches);
  }, [index, query]);
  const passes = (paper: StoredPaper, chosen: PaperFilters) => (matching === null || matching.has(paper.id)) && matchesFilters(paper, chosen);
  const shown = useMemo(() => sorted.filter((paper) => passes(paper, filters)), [sorted, matching, filters]);

  const unsavedMatches = useMemo(() => {
    if (shown.length > 0 || filters.scope !== 'saved') return 0;
    const everywhere: PaperFilters = { ...filters, scope: 'all' };
    return papers.filter((paper) => paper.saved !== 1 && passes(paper, everywhere)).length;
  }, [shown, papers, matching, filters]);

  return { query, setQuery, filters, setFilters, sort, setSort, inScope, shown, unsavedMatches, choices };
}
