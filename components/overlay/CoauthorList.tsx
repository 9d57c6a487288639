import type { topCoauthors } from '@/lib/analysis/coauthors';

interface Props {
  coauthors: ReturnType<typeof topCoauthors>;
}

/** The most frequent co-authors with their joint papers and joint years. */
export function CoauthorList({ coauthors }: Props) {
  if (coauthors.length === 0) return null;
  return (
    <div class="block">
      <h3>Top co-authors</h3>
      <ol class="coauthors" data-testid="coauthors">
        {coauthors.map((person) => (
          <li key={person.name}>
            <span class="name">{person.name}</span>
            <span class="muted">
              {' '}
              {person.count} {person.count === 1 ? 'paper' : 'papers'}
              {person.firstYear !== null ? `, ${yearSpan(person.firstYear, person.lastYear)}` : ''}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}

function yearSpan(first: number, last: number | null): string {
  return last === null || last === first ? String(first) : `${first}–${last}`;
}
