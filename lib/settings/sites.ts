import type { SiteName } from '../model';

/** Names of the sites as the options page shows them. */
export const SITE_LABELS: Partial<Record<SiteName, string>> = {
  'google-scholar': 'Google Scholar',
  dblp: 'dblp',
  arxiv: 'arXiv',
  'acl-anthology': 'ACL Anthology',
  'semantic-scholar': 'Semantic Scholar',
  openreview: 'OpenReview',
};

export function siteLabel(site: SiteName): string {
  return SITE_LABELS[site] ?? site;
}
