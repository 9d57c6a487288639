import type { SiteName } from '../model';

/** Names of the sites as the options page and the library's filters show them. */
export const SITE_LABELS: Record<SiteName, string> = {
  'google-scholar': 'Google Scholar',
  dblp: 'dblp',
  arxiv: 'arXiv',
  'acl-anthology': 'ACL Anthology',
  'semantic-scholar': 'Semantic Scholar',
  openreview: 'OpenReview',
  generic: 'Other sites',
  import: 'Imported files',
};

export function siteLabel(site: SiteName): string {
  return SITE_LABELS[site];
}
