/**
 * Every ACL Anthology author-page selector, in one place. Both designs are covered: the 2023
 * one puts each paper in `p.d-sm-flex`, the 2026 one in `div.d-sm-flex`. Nothing here matches
 * visible text.
 */
export const SELECTORS = {
  name: 'h2#title',
  /** The main column; year headings (`h4`) and paper rows are its children. */
  column: '.col-lg-9',
  row: ':scope > .d-sm-flex',
  yearHeading: 'h4',
  /** Title link, href `/<anthology id>/`. */
  titleLink: 'span.d-block > strong > a[href]',
  author: 'span.d-block > a[href*="/people/"]',
  volume: 'span.d-block > a[href*="/volumes/"]',
  pdf: 'a.badge[href$=".pdf"]',
  abstractBox: '.abstract-collapse',
  abstractText: '.card-body',
  /** The sidebar; the panel goes first in it. */
  sidebar: '.col-lg-3',
} as const;
