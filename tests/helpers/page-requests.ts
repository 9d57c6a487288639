/**
 * Decides whether a request that a browser made while showing a saved page was asked for by the
 * page's own markup: its path (with its query) appears in the saved HTML, escaped or not, or it
 * is the site's favicon. Anything else came from somewhere else, such as the extension.
 */
export function isPageOwnRequest(url: string, savedHtml: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.pathname === '/favicon.ico') return true;
  const path = safeDecode(parsed.pathname);
  const withQuery = path + parsed.search;
  const forms = [withQuery, withQuery.replace(/&/g, '&amp;')];
  if (parsed.search === '') forms.push(path.replace(/^\//, ''));
  return forms.some((form) => form.length > 1 && savedHtml.includes(form));
}

function safeDecode(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
