import { adapterForUrl, type ProfilePage, type SiteAdapter } from '../sites';
import { ALL_ADAPTERS as ADAPTERS } from '../sites/all';

/** A page an adapter recognised, with that adapter. */
export interface RecognisedPage {
  adapter: SiteAdapter;
  page: ProfilePage;
}

/** The address a saved page's markup is read at when no URL is known. */
const BLANK_URL = 'file:///saved-page.html';

/**
 * Finds the adapter that reads a loaded page. The site is picked from `url`, then from the page's
 * canonical link, then from its markup, and `site` names one adapter and skips the others.
 * Returns null when none of them finds a list.
 */
export function recognisePage(doc: Document, options: { url?: string; site?: string }): RecognisedPage | null {
  if (options.site) return findNamed(doc, options.site, options.url);
  return findByUrl(doc, options.url) ?? findByMarkup(doc);
}

/** Runs `adapter` on the page as if it were loaded from `url`. */
export function detectWith(adapter: SiteAdapter | null, doc: Document, url: URL): RecognisedPage | null {
  const page = adapter?.detect(doc, url);
  return adapter && page ? { adapter, page } : null;
}

/**
 * Finds the first adapter, the generic one last, that recognises a list in the page's markup alone.
 * Where the page's own links name its address (an ACL Anthology author page), it is read at that
 * address, which names the profile.
 */
export function findByMarkup(doc: Document): RecognisedPage | null {
  const blank = new URL(BLANK_URL);
  for (const adapter of ADAPTERS) {
    const found = detectWith(adapter, doc, blank);
    if (!found) continue;
    const address = toUrl(adapter.savedAddress?.(doc) ?? undefined);
    return (address && detectWith(adapter, doc, address)) || found;
  }
  return null;
}

/** Returns the page's canonical link as a URL, or null when it has none or it is not an absolute URL. */
export function canonicalUrlOf(doc: Document): URL | null {
  return toUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined);
}

/** Returns the adapter whose match patterns name the URL's host, whatever its path. */
export function adapterForHost(url: URL): SiteAdapter | null {
  const host = url.hostname.toLowerCase();
  return ADAPTERS.find((adapter) => adapter.matchPatterns.some((pattern) => /^[^:]+:\/\/([^/]+)\//.exec(pattern)?.[1] === host)) ?? null;
}

/** Parses an absolute URL, or returns null for a missing or invalid one. */
export function toUrl(value: string | undefined): URL | null {
  return value ? URL.parse(value) : null;
}

/** Tries the address given with `--url`, which decides alone when given, then the canonical link. */
function findByUrl(doc: Document, url: string | undefined): RecognisedPage | null {
  const given = toUrl(url);
  if (given) return detectWith(adapterForUrl(given), doc, given);
  const canonical = canonicalUrlOf(doc);
  return canonical ? detectWith(adapterForUrl(canonical), doc, canonical) : null;
}

function findNamed(doc: Document, site: string, url: string | undefined): RecognisedPage | null {
  const adapter = ADAPTERS.find((candidate) => candidate.site === site) ?? null;
  return detectWith(adapter, doc, toUrl(url) ?? new URL(BLANK_URL));
}
