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
/**
 * Hosts of publishers, proceedings and preprint servers. An off-site link elsewhere (a blog post,
 * a video, slides, a news story) is not the paper's publisher page, so it is never its citation URL.
 */
const PUBLISHER_DOMAINS = [
  'acm.org', 'ieee.org', 'springer.com', 'springernature.com', 'sciencedirect.com', 'elsevier.com', 'wiley.com', 'nature.com', 'science.org',
  'sciencemag.org', 'pnas.org', 'cell.com', 'plos.org', 'frontiersin.org', 'mdpi.com', 'tandfonline.com', 'sagepub.com',
  'oup.com', 'cambridge.org', 'aps.org', 'iop.org', 'aip.org', 'acs.org', 'rsc.org', 'biorxiv.org', 'medrxiv.org',
  'chemrxiv.org', 'ssrn.com', 'openreview.net', 'aclanthology.org', 'aclweb.org', 'mlr.press', 'neurips.cc', 'nips.cc',
  'thecvf.com', 'aaai.org', 'ijcai.org', 'jmlr.org', 'usenix.org', 'vldb.org', 'siam.org', 'ams.org', 'projecteuclid.org',
  'jstor.org', 'nih.gov', 'bmj.com', 'thelancet.com', 'nejm.org', 'jamanetwork.com', 'annualreviews.org', 'agu.org',
  'copernicus.org', 'seismosoc.org', 'elifesciences.org', 'royalsocietypublishing.org', 'degruyter.com', 'emerald.com',
  'informs.org', 'aeaweb.org', 'direct.mit.edu', 'dagstuhl.de', 'hal.science', 'researchsquare.com', 'zenodo.org', 'osf.io',
  'europepmc.org', 'biomedcentral.com', 'hindawi.com', 'peerj.com', 'optica.org', 'spiedigitallibrary.org', 'asm.org',
  'jneurosci.org', 'physiology.org', 'embopress.org',
];
export const PUBLISHER_HOSTS = new RegExp(
  String.raw`^https?://(?:[\w-]+\.)*(?:${PUBLISHER_DOMAINS.map((domain) => domain.replaceAll('.', '\\.')).join('|')})(?:[:/?#]|$)`,
  'i',
);
/** Article pages whose id is the suffix of the article's DOI: the id's pattern, then the DOI's prefix. */
export const ARTICLE_DOI_PREFIXES: readonly (readonly [RegExp, string])[] = [
  [/^https?:\/\/(?:www\.)?nature\.com\/articles\/([a-z][\w.-]+)/i, '10.1038/'],
  [/^https?:\/\/(?:www\.)?elifesciences\.org\/articles\/(\d+)/i, '10.7554/eLife.'],
];
/** The version and page that preprint servers add after a DOI in their paths (`…562172v2.full.pdf`, `…v1.abstract`). */
export const PREPRINT_DOI_SUFFIX = /(?:v\d+)?(?:\.(?:full|abstract|article-info|article-metrics|supplementary-material|full-text))?(?:\.pdf)?$/i;
export const PREPRINT_HOSTS = /^https?:\/\/(?:www\.)?(?:biorxiv|medrxiv)\.org\//i;
export const ARXIV_HOST = /^https?:\/\/(?:www\.)?arxiv\.org\/(?:abs|pdf|html)\//i;
export const ARXIV_PDF = /^https?:\/\/(?:www\.)?arxiv\.org\/pdf\//i;
export const PDF_PATH = /\.pdf(?:$|[?#])/i;

/** Tags and classes of `SELECTORS.invisible`, tested without a selector engine in the text walk. */
export const INVISIBLE_TAGS = new Set(['script', 'style', 'template', 'noscript', 'nav']);
export const INVISIBLE_CLASSES = ['hidden', 'bibtex', 'abstract'] as const;
export const MORE_AUTHORS_CLASS = 'more-authors';
