import type { CollaborationSummary as Summary, Collaborator } from '@/lib/analysis/collaboration/summary';
import { isHttpUrl } from '../safe-url';

interface Props {
  /** The background's summary of the page's papers, or null while it is computed. */
  summary: Summary | null;
  /** The error message when the summary could not be computed, or null. */
  error: string | null;
}

/** Co-authors shown by name, most joint papers first. */
const TOP_SHOWN = 8;

/** Top co-authors with joint papers and years, author positions, solo papers, new and long-standing collaborators. */
export function CollaborationSummary({ summary, error }: Props) {
  if (!summary) {
    return (
      <div class="block" data-testid="collaboration" aria-busy={error ? undefined : 'true'}>
        <h3>Collaboration</h3>
        <p class="muted">{error ? `Co-authors could not be summarised: ${error}` : 'Reading co-authors…'}</p>
      </div>
    );
  }
  if (summary.paperCount === 0) return null;
  const { positions } = summary;
  return (
    <div class="block" data-testid="collaboration">
      <h3>Collaboration</h3>
      {summary.top.length > 0 && (
        <ol class="coauthors" data-testid="coauthors">
          {summary.top.slice(0, TOP_SHOWN).map((person) => (
            <li key={person.id}>
              <PersonName person={person} />
              <span class="muted"> {describe(person)}</span>
            </li>
          ))}
        </ol>
      )}
      <p class="muted" data-testid="positions">
        {positions.counted > 0
          ? `Author position on ${positions.counted} papers with a complete author list: first ${positions.first}, middle ${positions.middle}, last ${positions.last}, alone ${positions.solo}.`
          : 'Author position unknown: no paper lists all its authors together with the owner.'}
      </p>
      <p class="muted" data-testid="collaborator-counts">
        {summary.coauthorCount} {summary.coauthorCount === 1 ? 'co-author' : 'co-authors'}, {summary.soloPapers} single-author{' '}
        {summary.soloPapers === 1 ? 'paper' : 'papers'}.
        {summary.newCollaborators.length > 0 && ` New recently: ${sentence(names(summary.newCollaborators))}`}
        {summary.longStanding.length > 0 && ` Long-standing: ${sentence(names(summary.longStanding))}`}
      </p>
    </div>
  );
}

function PersonName({ person }: { person: Collaborator }) {
  if (!isHttpUrl(person.url)) return <span class="name">{person.displayName}</span>;
  return (
    <a class="name" href={person.url} target="_blank" rel="noopener noreferrer">
      {person.displayName}
    </a>
  );
}

function describe(person: Collaborator): string {
  const count = `${person.papers} ${person.papers === 1 ? 'paper' : 'papers'} (${Math.round(person.share * 100)}%)`;
  if (person.firstYear === null) return count;
  const years = person.lastYear === null || person.lastYear === person.firstYear ? `${person.firstYear}` : `${person.firstYear}–${person.lastYear}`;
  return `${count}, ${years}`;
}

function names(people: Collaborator[]): string {
  const firstThree = people.slice(0, 3).map((person) => person.displayName);
  return people.length > 3 ? `${firstThree.join(', ')} and ${people.length - 3} more` : firstThree.join(', ');
}

/** Ends a list with a full stop, unless its last name already ends with one ("Beroza, G. C."). */
function sentence(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}
