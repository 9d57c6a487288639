/**
 * Structural heuristics of the generic detector, in one place. They name tags, classes and
 * attributes that homepage generators (al-folio, Hugo Academic, MkDocs, hand-written HTML) use
 * for publication entries. Nothing here matches visible text, except the BibTeX syntax and the
 * URL shapes of identifier and code hosts.
 */
export const SELECTORS = {
  /** Elements that can be one entry of a publication list. */
  block: 'li, div, p, tr, dd, article',
  /** Elements whose text is never part of an entry's visible text. `INVISIBLE_TAGS` and `INVISIBLE_CLASSES` list the same for the fast path. */
  invisible: 'script, style, template, noscript, nav, .hidden, [hidden], [aria-hidden="true"], .bibtex, .abstract',
  /** Embedded BibTeX record: al-folio's hidden `div.bibtex`, or a `pre`/`code` of BibTeX. */
  bibtex: '.bibtex, pre.bibtex, code.language-bibtex, [class*="bibtex"] pre',
  /** A title element named by its class. */
  title: '.title, [class*="pub-title"], [class*="paper-title"], [itemprop="name"].title, cite .title',
  /** An author list named by its class. */
  authors: '.author, .authors, [class*="author-list"], [class*="pub-authors"]',
  /** A venue named by its class. */
  venue: '.periodical, .venue, .journal, .booktitle, [class*="pub-venue"], [itemprop="isPartOf"]',
  /** Elements that highlight the profile owner in an author list. */
  highlight: 'em, strong, b, u, mark, [class*="highlight"], .me, .self, .this-person',
  /** Elements whose text is often a title when they are the first long text of an entry. */
  emphasis: 'a[href], strong, b, cite, i, em, span',
  /** al-folio's "N more authors" toggle, whose full names are only in its onclick handler. */
  moreAuthors: '.more-authors',
  /** Year headings above lists. */
  heading: 'h1, h2, h3, h4, h5, h6',
  /** Attributes that carry a DOI on badge elements. */
  doiAttribute: 'data-doi',
} as const;

/** Hosts whose links are code repositories or model cards. */
export const CODE_HOSTS = /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|huggingface\.co|codeberg\.org)\/[^/\s]+\/[^/\s]+/i;

export const DOI_HOST = /^https?:\/\/(?:dx\.)?doi\.org\//i;
export const ARXIV_HOST = /^https?:\/\/(?:www\.)?arxiv\.org\/(?:abs|pdf|html)\//i;
export const PDF_PATH = /\.pdf(?:$|[?#])/i;

/** Tags and classes of `SELECTORS.invisible`, tested without a selector engine in the text walk. */
export const INVISIBLE_TAGS = new Set(['script', 'style', 'template', 'noscript', 'nav']);
export const INVISIBLE_CLASSES = ['hidden', 'bibtex', 'abstract'] as const;
export const MORE_AUTHORS_CLASS = 'more-authors';
