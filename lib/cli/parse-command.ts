import { adapterForUrl, type ProfilePage, type SiteAdapter } from '../sites';
import { ALL_ADAPTERS as ADAPTERS } from '../sites/all';
import { tagProfilePapers } from '../analysis/topics/tag-papers';
import type { Paper, Profile } from '../model';

export interface ParseOutput {
  site: string;
  profile: Profile | null;
  papers: Paper[];
  skipped: { row: number; reason: string }[];
  /** False when the page still offers more rows (Scholar's "Show more" is enabled). */
  complete: boolean;
}

/** The error raised when no adapter recognises the page; the CLI prints its message and exits with code 2. */
export class UnrecognisedPage extends Error {}

/**
 * Runs the site adapters on a loaded page. The site is picked from `url`, then from the
 * page's canonical link, then from its markup; `site` names one adapter and skips the others.
 */
export function parseDocument(doc: Document, options: { url?: string; site?: string; now?: string }): ParseOutput {
  const now = options.now ?? new Date().toISOString();
  const found = options.site ? findNamed(doc, options.site, options.url) : findByUrl(doc, options.url) ?? findByMarkup(doc);
  if (!found) {
    throw new UnrecognisedPage(
      'no site adapter recognised a profile list in this page (by --url, canonical link or markup). ' +
        'Give --url with the address the page was saved from, or --site generic for a publication list on any page.',
    );
  }
  const { adapter, page } = found;
  const result = adapter.parse(doc, page, now);
  const papers: Paper[] = [];
  const skipped: ParseOutput['skipped'] = [];
  result.rows.forEach((row, index) => {
    if (row.paper) papers.push(row.paper);
    else skipped.push({ row: index + 1, reason: row.warning ?? 'unreadable row' });
  });
  // Topics the page gave (arXiv categories) are kept; the rest are tagged with the profile's mix as prior.
  const untagged = papers.filter((paper) => paper.topics.length === 0);
  const topics = tagProfilePapers(untagged);
  untagged.forEach((paper, index) => (paper.topics = topics[index] ?? []));
  const complete = adapter.loadMore ? adapter.loadMore.button(doc) === null : true;
  return { site: adapter.site, profile: result.profile, papers, skipped, complete };
}

type Found = { adapter: SiteAdapter; page: ProfilePage };

function detectWith(adapter: SiteAdapter | null, doc: Document, url: URL): Found | null {
  const page = adapter?.detect(doc, url);
  return adapter && page ? { adapter, page } : null;
}

function findByUrl(doc: Document, url: string | undefined): Found | null {
  const candidates = [url, doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined];
  for (const candidate of candidates) {
    const parsed = toUrl(candidate);
    if (parsed) {
      const found = detectWith(adapterForUrl(parsed), doc, parsed);
      if (found || candidate === url) return found;
    }
  }
  return null;
}

function findByMarkup(doc: Document): Found | null {
  const blank = new URL('file:///saved-page.html');
  for (const adapter of ADAPTERS) {
    const found = detectWith(adapter, doc, blank);
    if (found) return found;
  }
  return null;
}

function findNamed(doc: Document, site: string, url: string | undefined): Found | null {
  const adapter = ADAPTERS.find((candidate) => candidate.site === site);
  if (!adapter) throw new UnrecognisedPage(`unknown site "${site}"; known sites: ${ADAPTERS.map((a) => a.site).join(', ')}`);
  return detectWith(adapter, doc, toUrl(url) ?? new URL('file:///saved-page.html'));
}

function toUrl(value: string | undefined): URL | null {
  if (!value) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}
