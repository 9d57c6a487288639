/** dblp and its mirrors. */
const HOSTS = ['dblp.org', 'dblp.uni-trier.de', 'dblp.dagstuhl.de'];

export const DBLP_MATCH_PATTERNS: readonly string[] = HOSTS.flatMap((host) => [
  `*://${host}/pid/*`,
  `*://${host}/pers/*`,
  `*://${host}/search*`,
]);

export type DblpPageKind = 'person' | 'search';

/** Returns the kind of dblp page a URL names, or null when it is not a person or search page. */
export function dblpPageKind(url: URL): DblpPageKind | null {
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  if (!HOSTS.includes(host)) return null;
  // Other formats of the same path (`.xml`, `.bib`, `?view=bibtex`) show no HTML list.
  if (/\.(?:xml|rss|rdf|nt|ttl|ris|bib)$/.test(url.pathname) || url.searchParams.has('view')) return null;
  if (url.pathname.startsWith('/pid/') || url.pathname.startsWith('/pers/')) return 'person';
  if (url.pathname === '/search' || url.pathname === '/search/') return 'search';
  return null;
}

/**
 * Returns the person id in a dblp URL: the pid of `/pid/48/5662.html` ("48/5662"), or for the older
 * `/pers/hd/c/Clauset:Aaron` URLs the name path ("c/Clauset:Aaron"). Null for other URLs.
 */
export function personIdOf(href: string): string | null {
  let path: string;
  try {
    path = new URL(href, 'https://dblp.org/').pathname;
  } catch {
    return null;
  }
  const pid = /^\/pid\/(.+?)(?:\.html|\.xml)?$/.exec(path);
  if (pid?.[1]) return decodeURIComponent(pid[1]);
  const pers = /^\/pers\/(?:[a-z]{2}\/)?([^/]\/[^/]+?)(?:\.html)?$/.exec(path);
  return pers?.[1] ? decodeURIComponent(pers[1]) : null;
}
