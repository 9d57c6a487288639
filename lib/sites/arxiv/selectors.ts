/**
 * Every arXiv selector, in one place. The abstract page's were read from a saved 2026 page.
 * The listing (`/a/<id>`, `/list/…`) and search-result selectors follow the markup that
 * arXiv's open-source site code emits (arXiv/arxiv-browse list templates, arXiv/arxiv-search
 * result templates). No saved copy of those pages was available to check them against.
 */
export const SELECTORS = {
  abs: {
    root: '#abs',
    title: 'h1.title',
    authors: 'div.authors a',
    descriptor: 'span.descriptor',
    abstract: 'blockquote.abstract',
    comments: 'td.tablecell.comments',
    journalRef: 'td.tablecell.jref',
    subjects: 'td.tablecell.subjects',
    journalDoi: 'td.tablecell.doi a[href]',
    metaId: 'meta[name="citation_arxiv_id"]',
    metaDate: 'meta[name="citation_date"]',
    canonical: 'link[rel="canonical"]',
    /** The versioned abstract URL (`…/abs/2005.14165v4`). */
    metaUrl: 'meta[property="og:url"]',
  },
  listing: {
    /** One `dl` per section on current list pages, a single `dl` on older ones and on author pages. */
    list: 'dl',
    term: 'dt',
    idLink: 'a[href*="/abs/"]',
    title: '.list-title',
    authors: '.list-authors a',
    comments: '.list-comments',
    journalRef: '.list-journal-ref',
    subjects: '.list-subjects',
    abstract: 'p.mathjax',
    descriptor: 'span.descriptor',
    container: '#dlpage',
  },
  search: {
    container: 'ol.breathe-horizontal',
    result: 'li.arxiv-result',
    idLink: 'p.list-title > a[href*="/abs/"]',
    /** Category tags: the primary one has `is-link`, cross-lists `is-grey`; the name is in `data-tooltip`. */
    category: 'div.tags > span.tag[data-tooltip]',
    primaryCategoryClass: 'is-link',
    doiLink: '.tags.has-addons a[href*="doi.org/"]',
    title: 'p.title',
    authors: 'p.authors > a',
    abstractFull: 'span.abstract-full',
    abstractShort: 'span.abstract-short',
    /** Toggle links inside the abstract spans ("More", "Less"). */
    abstractToggle: 'a',
    comments: 'p.comments',
    commentLabel: 'span.has-text-weight-semibold',
    dates: 'p.is-size-7',
  },
} as const;
