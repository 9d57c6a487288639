import { basename } from 'node:path';
import type { SiteName } from '../model';
import { ADAPTERS } from '../sites';
import { canonicalUrlOf, detectWith, findByMarkup, recognisePage, type RecognisedPage } from './recognise';

/** The address to serve a saved page at, so that the extension's content script reads it. */
export interface SavedPageUrl {
  /** Null when no adapter recognised the page and the page names no address of its own. */
  url: string | null;
  /** One sentence for the user: where the address came from. */
  reason: string;
  /** The site whose adapter reads the page at `url`, or null when none does. */
  site: SiteName | null;
  /** `results` pages get row overlays and no profile panel. */
  kind: 'profile' | 'results' | null;
}

/**
 * Chooses the address a saved page is served at, the way `scholar-lens parse` recognises the page.
 * `override` (the user's --url) comes first, then the canonical link when a site adapter reads the
 * page there. Otherwise the address is one that the adapter recognising the markup accepts, taken
 * from the page's own links where they name it, else from the records' provenance `pageUrl`.
 */
export function chooseSavedPageUrl(doc: Document, file: string, override?: string): SavedPageUrl {
  const name = basename(file);
  if (override) {
    const found = recognisePage(doc, { url: override });
    const reason = found ? 'given with --url' : 'given with --url, though no adapter recognised a list in the page at that address';
    return { url: override, reason, ...siteAndKind(found) };
  }

  const canonical = canonicalUrlOf(doc);
  const atCanonical = canonical ? readAt(doc, canonical) : null;
  if (canonical && atCanonical) return { url: canonical.href, reason: `the canonical link of ${name}`, ...siteAndKind(atCanonical) };
  const canonicalProblem = canonical ? `the canonical link of ${name}, ${canonical.href}, is not a list page any site adapter reads` : `${name} has no canonical link`;

  const byMarkup = findByMarkup(doc);
  if (byMarkup && byMarkup.adapter.site !== 'generic') {
    const site = byMarkup.adapter.site;
    const candidates: [string | null, string][] = [
      [byMarkup.adapter.savedAddress?.(doc) ?? null, 'read from its own links'],
      [byMarkup.page.pageUrl, 'the pageUrl its records carry'],
    ];
    for (const [href, source] of candidates) {
      const url = href ? URL.parse(href) : null;
      const found = url ? readAt(doc, url) : null;
      if (url && found?.adapter.site === site) {
        return { url: url.href, reason: `${canonicalProblem}; the ${site} adapter recognised its markup, and the address is ${source}`, ...siteAndKind(found) };
      }
    }
    return { url: null, reason: `${canonicalProblem}; the ${site} adapter recognised its markup, but nothing in it names the page's address. Pass --url with that address.`, site: null, kind: null };
  }

  // The generic detector claims no address, so a page it reads is served at its canonical link.
  if (canonical && byMarkup) {
    return { url: canonical.href, reason: `the canonical link of ${name}; no site adapter reads the page, and the generic detector found a list`, ...siteAndKind(byMarkup) };
  }
  const recognised = byMarkup ? 'only the generic detector, which claims no address, recognised a list in its markup' : 'no site adapter recognised a list in its markup';
  return { url: null, reason: `${canonicalProblem}, and ${recognised}. Pass --url with the address it was saved from.`, site: null, kind: null };
}

/** Returns what a site adapter reads in the page when it is loaded from `url`, or null. */
function readAt(doc: Document, url: URL): RecognisedPage | null {
  for (const adapter of ADAPTERS) {
    if (!adapter.matches(url)) continue;
    const found = detectWith(adapter, doc, url);
    if (found) return found;
  }
  return null;
}

function siteAndKind(found: RecognisedPage | null): Pick<SavedPageUrl, 'site' | 'kind'> {
  return found ? { site: found.adapter.site, kind: found.page.kind ?? 'profile' } : { site: null, kind: null };
}
