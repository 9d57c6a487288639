import { dblpPageKind } from './hosts';
import { SELECTORS as S } from './selectors';

/** Builds a dblp search page's address from its search form: the form's action and its query. */
export function searchAddress(doc: Document): string | null {
  const form = doc.querySelector(S.searchForm);
  const query = form?.querySelector(S.searchQuery)?.getAttribute('value');
  const action = URL.parse(form?.getAttribute('action') ?? '');
  if (!query || !action || dblpPageKind(action) !== 'search') return null;
  action.search = new URLSearchParams({ q: query }).toString();
  return action.href;
}
