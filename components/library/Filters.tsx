import type { FilterChoice, FilterChoices } from '@/lib/search/choices';
import type { PaperFilters } from '@/lib/search/filter';
import { SORT_LABELS, type SortKey } from '@/lib/search/sort';

export interface FiltersProps {
  query: string;
  onQuery: (query: string) => void;
  filters: PaperFilters;
  onFilters: (filters: PaperFilters) => void;
  sort: SortKey;
  onSort: (sort: SortKey) => void;
  choices: FilterChoices;
}

/** Renders the search box, the filters and the sort order, each a labelled native control. */
export function Filters({ query, onQuery, filters, onFilters, sort, onSort, choices }: FiltersProps) {
  const set = (change: Partial<PaperFilters>) => onFilters({ ...filters, ...change });

  return (
    <form class="filters" role="search" aria-label="Search and filter papers" onSubmit={(event) => event.preventDefault()}>
      <div class="field field-wide">
        <label for="library-filter">Search</label>
        <input
          id="library-filter"
          type="search"
          data-testid="library-filter"
          placeholder="Title, author, venue, year, topic, tag, note or DOI"
          value={query}
          onInput={(event) => onQuery(event.currentTarget.value)}
        />
      </div>
      <Choice id="filter-scope" label="Show" value={filters.scope} onChange={(scope) => set({ scope: scope === 'all' ? 'all' : 'saved' })}
        options={[['saved', 'Saved papers'], ['all', 'All stored papers']]} />
      <Choice id="filter-site" label="Site" value={filters.site ?? ''} onChange={(site) => set({ site: site || null })}
        options={[['', 'Any site'], ...options(choices.sites)]} />
      <Choice id="filter-profile" label="Profile" value={filters.profile ?? ''} onChange={(profile) => set({ profile: profile || null })}
        options={[['', 'Any profile'], ...options(choices.profiles)]} />
      <Choice id="filter-topic" label="Topic" value={filters.topic ?? ''} onChange={(topic) => set({ topic: topic || null })}
        options={[['', 'Any topic'], ...options(choices.topics)]} />
      <YearInput id="filter-year-from" label="From year" value={filters.yearFrom} onChange={(yearFrom) => set({ yearFrom })} />
      <YearInput id="filter-year-to" label="To year" value={filters.yearTo} onChange={(yearTo) => set({ yearTo })} />
      <div class="field field-check">
        <input id="filter-code" type="checkbox" checked={filters.hasCode} onChange={(event) => set({ hasCode: event.currentTarget.checked })} />
        <label for="filter-code">Has code</label>
      </div>
      <Choice id="library-sort" label="Sort by" value={sort} onChange={(value) => onSort(value as SortKey)}
        options={Object.entries(SORT_LABELS) as [string, string][]} />
    </form>
  );
}

interface ChoiceProps {
  id: string;
  label: string;
  value: string;
  options: [value: string, label: string][];
  onChange: (value: string) => void;
}

function Choice({ id, label, value, options, onChange }: ChoiceProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  );
}

function YearInput({ id, label, value, onChange }: { id: string; label: string; value: number | null; onChange: (year: number | null) => void }) {
  return (
    <div class="field field-year">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={1000}
        max={2200}
        value={value ?? ''}
        onInput={(event) => {
          const year = Number.parseInt(event.currentTarget.value, 10);
          onChange(Number.isInteger(year) ? year : null);
        }}
      />
    </div>
  );
}

function options(choices: FilterChoice[]): [value: string, label: string][] {
  return choices.map(({ value, label }) => [value, label]);
}
