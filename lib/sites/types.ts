import type { PageRecord, Profile, SiteName } from '../model';

/** A page that `detect` recognised: a list of one profile's papers, or search results. */
export interface ProfilePage {
  site: SiteName;
  /** The profile's id on its site, or null on pages with no owner. */
  profileId: string | null;
  /** Canonical page URL, used for the rows' sighting and absolute links. */
  pageUrl: string;
  /** `results` marks a search-results list, which gets row overlays but no profile panel. */
  kind?: 'profile' | 'results';
}

/** One row of the list: the parsed record, or why it was skipped. */
export interface ParsedRow {
  element: Element;
  /** The row's record, without its sighting (`sightingOf`), which every row of one read shares. */
  paper: PageRecord | null;
  /** The reason the row could not become a record, or a doubt about it. */
  warning?: string;
}

export interface ParseResult {
  profile: Profile | null;
  rows: ParsedRow[];
}

export interface PageOutline {
  profile: Profile | null;
  /** The list's row elements, in page order. */
  rows: Element[];
}

export interface PanelAnchor {
  element: Element;
  /** `prepend` puts the panel first inside `element`; `before` puts it in front of `element`. */
  where: 'prepend' | 'before';
}

/** The site's own "show more" control, driven by the load-all action. */
export interface LoadMoreControl {
  /** The enabled button to click, or null when the list is complete. */
  button(doc: Document): HTMLElement | null;
  /** True when the page shows a CAPTCHA or an error instead of more rows. */
  blocked(doc: Document): boolean;
}

/**
 * One site's knowledge: which URLs it claims, how to find its list, how to read it.
 * "Not this page" is a null return, never an exception.
 */
export interface SiteAdapter {
  site: SiteName;
  /** Manifest match patterns for the content script. */
  matchPatterns: readonly string[];
  matches(url: URL): boolean;
  detect(doc: Document, url: URL): ProfilePage | null;
  parse(doc: Document, page: ProfilePage): ParseResult;
  /** The element that later rows are appended to, watched by a MutationObserver. */
  rowContainer(doc: Document): Element | null;
  /**
   * Parses the rows under `root`, and `root` itself when it is a row.
   * TODO: a row's whole record (URLs, ids, names) is built in the page. On Scholar's short lists that
   * costs 2.7–3.5 times a bare walk over the same fields (`npm run bench`, 100 and 20 rows, about
   * 0.1 ms for 20 rows; 0.7 on 1000 rows, where the walk's selector queries cost more). Reading the
   * same parts into strings alone measured 1.1 times the walk, and building the records about 2.5 µs
   * a row in headless Chromium. Building them in the background instead would meet 2 times, but the
   * panel, the overlays and the analysis request would then receive them back, and sending 1000
   * records between page and background measured 13 ms a round trip.
   */
  rows(root: ParentNode, page: ProfilePage): ParsedRow[];
  /**
   * The page's profile and its row elements, without reading the rows. With it, the content
   * script reads a long list one row element at a time through `rows`, in several tasks.
   */
  outline?(doc: Document, page: ProfilePage): PageOutline;
  /** The element inside the row that receives the row's overlay. */
  overlayAnchor(row: Element): Element;
  /** The place for the profile panel, or null for a floating card. */
  panelAnchor(doc: Document): PanelAnchor | null;
  loadMore?: LoadMoreControl;
  /**
   * True when a page at `url` must show a list, so that finding none means the layout is not
   * recognised. Adapters without it never report an unrecognised layout.
   */
  listExpected?(url: URL): boolean;
  /**
   * The page's own address as its links name it, for a saved copy without a usable canonical link,
   * or null. The command-line tools serve such a copy at this address.
   */
  savedAddress?(doc: Document): string | null;
}
