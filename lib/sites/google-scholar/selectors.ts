/**
 * Every Google Scholar selector, in one place. Ids and classes do not change with the interface
 * language (hl=), so nothing here matches visible text.
 */
export const SELECTORS = {
  canonical: 'link[rel="canonical"]',
  rowContainer: '#gsc_a_b',
  row: 'tr.gsc_a_tr',
  titleCell: 'td.gsc_a_t',
  titleLink: 'a.gsc_a_at',
  /** First is the author list, second the venue line. */
  grayLines: ':scope > div.gs_gray',
  citedBy: 'td.gsc_a_c a.gsc_a_ac',
  /** A struck-through count: its citations are counted under another article (data-eud). */
  duplicateCountClass: 'gsc_a_acm',
  mergedMarker: 'td.gsc_a_c .gsc_a_m a.gsc_a_am',
  year: 'td.gsc_a_y span.gsc_a_h',
  /** Owner view only: checkbox whose value is the article id. */
  ownerCheckbox: 'td.gsc_a_x input[name="s"]',

  name: '#gsc_prf_in',
  headerBlock: '#gsc_prf_i',
  headerLines: '.gsc_prf_il',
  verifiedEmail: '#gsc_prf_ivh',
  interestsLine: '#gsc_prf_int',
  interestLink: 'a[href*="mauthors=label"]',
  metricsTable: '#gsc_rsb_st',
  metricsHeader: 'th.gsc_rsb_sth',
  metricsValue: 'td.gsc_rsb_std',
  histogramYear: 'span.gsc_g_t',
  histogramBar: 'a.gsc_g_a',
  histogramCount: 'span.gsc_g_al',
  coauthor: '#gsc_rsb_co ul.gsc_rsb_a > li',
  coauthorAffiliation: '.gsc_rsb_a_ext',

  /** The "Cited by" section that opens the right-hand column (2019 on); the panel goes before it. */
  citedBySection: '#gsc_rsb_cit',
  /** The right-hand column of 2015 pages; the panel goes first in it. */
  sidebar: '#gsc_rsb',
  /** Search results (`/scholar?q=…`): one block per result, `data-cid` is its result id. */
  result: 'div.gs_r.gs_or[data-cid]',
  resultsContainer: '#gs_res_ccl_mid',
  resultBody: '.gs_ri',
  resultTitle: 'h3.gs_rt',
  resultTitleLink: 'h3.gs_rt a[href]',
  /** "[PDF]", "[BOOK]" and similar type labels before a result title. */
  resultTypeLabel: '.gs_ctg2, .gs_ctc, .gs_ct1, .gs_ct2',
  /** "Authors - Venue, Year - host" line. */
  resultByline: '.gs_a',
  resultFooter: '.gs_ri > .gs_fl',
  resultFullText: '.gs_or_ggsm a[href], .gs_ggs a[href]',

  moreButton: '#gsc_bpf_more',
  /** Scholar's "can't perform the operation now" box, shown when a Show-more request fails. */
  loadError: '#gsc_a_err.gs_vis',
  captcha: '#gs_captcha_ccl, #gs_captcha_f, #captcha-form, form[action*="/sorry/"], iframe[src*="recaptcha"]',
} as const;

/**
 * Class names of a publication row's cells and of the parts inside them, the same parts as the row
 * selectors above. A row is read by walking its cells' children, which is cheaper than a query per part.
 */
export const CLASSES = {
  titleCell: 'gsc_a_t',
  titleLink: 'gsc_a_at',
  grayLine: 'gs_gray',
  citationsCell: 'gsc_a_c',
  citedBy: 'gsc_a_ac',
  mergedMarker: 'gsc_a_m',
  mergedLink: 'gsc_a_am',
  yearCell: 'gsc_a_y',
  year: 'gsc_a_h',
  /** Phone-only copy of the year inside the venue line. */
  venueYearCopy: 'gs_oph',
} as const;
