import type { SiteAdapter } from '../sites';
import { MIN_ENTRIES } from '../sites/generic/confidence';
import { adapterForHost, findByMarkup, toUrl } from './recognise';

const GENERIC_HINT = 'or --site generic for a publication list on any page';

/**
 * Explains why no adapter read a page, in terms of what the user gave: the site named with
 * `--site`, the address given with `--url`, or neither. Names the site the markup looks like
 * when that differs from the one asked for.
 */
export function describeUnrecognised(doc: Document, options: { url?: string; site?: string }): string {
  if (options.site) return describeWrongSite(doc, options.site);
  const url = toUrl(options.url);
  if (url) return describeUnreadAddress(url);
  return (
    'no site adapter recognised a profile list in this page (by --url, canonical link or markup). ' +
    `Give --url with the address the page was saved from, ${GENERIC_HINT}.`
  );
}

function describeWrongSite(doc: Document, site: string): string {
  if (site === 'generic') {
    return (
      `no publication list found: --site generic looks for a list of at least ${MIN_ENTRIES} entries, each with ` +
      'author names, a title and a year (or a year heading above it), and found none it was confident of.'
    );
  }
  const other = findByMarkup(doc)?.adapter.site;
  if (other && other !== site) {
    return `the page does not look like ${article(site)} ${site} page: the ${other} adapter recognised its markup. Run with --site ${other}, or without --site.`;
  }
  return `the page does not look like ${article(site)} ${site} page, and no other site adapter recognised a list in it either.`;
}

/** Explains an address whose page the markup did not match, for an address given with `--url`. */
function describeUnreadAddress(url: URL): string {
  const adapter = adapterForHost(url);
  if (!adapter) {
    return (
      `the page at ${url.href} is not a layout Scholar Lens reads: no site adapter handles ${url.hostname}, ` +
      `and the generic detector found no publication list in the markup. Check the file, ${GENERIC_HINT}.`
    );
  }
  if (adapter.site === 'dblp' && /\.xml$/i.test(url.pathname)) {
    const htmlPage = new URL(url.href.replace(/\.xml(?=$|[?#])/i, '.html'));
    return (
      `the page at ${url.href} is dblp's XML export, which Scholar Lens does not read. ` +
      `Open the HTML person page ${htmlPage.href}, save it, and parse that file.`
    );
  }
  if (adapter.matches(url)) {
    return (
      `the page at ${url.href} is a ${adapter.site} address, but the file has no ${adapter.site} list in it. ` +
      'Check that the file is the page saved from that address.'
    );
  }
  return (
    `the page at ${url.href} is not a layout Scholar Lens reads on ${adapter.site}, which it reads at ` +
    `${pathsOf(adapter).join(', ')}. Give the address of such a page, or leave out --url.`
  );
}

/** Lists the path patterns of an adapter's match patterns, without duplicates across hosts. */
function pathsOf(adapter: SiteAdapter): string[] {
  const paths = adapter.matchPatterns.map((pattern) => /^[^:]+:\/\/[^/]+(\/.*)$/.exec(pattern)?.[1] ?? pattern);
  return [...new Set(paths)];
}

/** Returns "an" before a site id that starts with a vowel ("an arxiv page") and "a" before the others. */
function article(site: string): string {
  return /^[aeiou]/i.test(site) ? 'an' : 'a';
}
