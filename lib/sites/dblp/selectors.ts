/**
 * Every dblp selector, in one place. Both markups are covered: person pages of 2015 put an
 * entry's text in `div.data`, current pages in `cite.data`. Nothing here matches visible text.
 */
export const SELECTORS = {
  canonical: 'link[rel="canonical"]',
  /** Person pages wrap every list in this section; search pages fill `#completesearch-publs`. */
  personSection: '#publ-section',
  searchSection: '#completesearch-publs',
  list: 'ul.publ-list',
  entry: 'li.entry',
  yearSeparator: 'li.year',
  data: 'div.data, cite.data',
  person: '[itemprop="author"], [itemprop="editor"]',
  personName: '[itemprop="name"]',
  personLink: 'a[href]',
  /** The page owner on person pages: a name without a link. */
  thisPerson: '.this-person',
  title: 'span.title',
  venueName: '[itemprop="isPartOf"] > [itemprop="name"]',
  volume: '[itemprop="volumeNumber"]',
  issue: '[itemprop="issueNumber"]',
  pagination: '[itemprop="pagination"]',
  datePublished: '[itemprop="datePublished"]',
  /** Electronic editions: the `view` menu's links (DOI, arXiv, publisher). */
  editions: 'nav.publ .body a[itemprop="url"]',
  headlineName: '#headline h1 [itemprop="name"], #headline h1 .name',
  /** The search box of every page. On a search page its value is the query. */
  searchForm: 'form#completesearch-form',
  searchQuery: 'input[name="q"]',
  /** Panel position: before the publication section, or before the search results. */
  panelTarget: '#publ-section, #completesearch-publs',
} as const;

/** `li.entry` classes and the publication type each stands for. */
export const ENTRY_TYPES = {
  article: 'journal',
  inproceedings: 'conference',
  informal: 'informal',
  incollection: 'chapter',
  book: 'book',
  editor: 'editorship',
  proceedings: 'editorship',
  phdthesis: 'thesis',
  mastersthesis: 'thesis',
  reference: 'reference',
} as const;
