import { derivePaperId, type Paper, type SiteName } from '../../../lib/model';

const PAGES: Record<string, string> = {
  'google-scholar': 'https://scholar.google.com/citations?user=QQQQ',
  dblp: 'https://dblp.org/pid/123/4567-2.html',
  arxiv: 'https://arxiv.org/abs/2207.01234v3',
  'acl-anthology': 'https://aclanthology.org/people/ines-kovac/',
};

/** Builds a valid record as the adapter for `site` would produce it. `overrides` replace any field. */
export function seenOn(site: SiteName, overrides: Partial<Paper> & { title: string }, seenAt = '2026-01-01T00:00:00.000Z'): Paper {
  const ids = overrides.ids ?? {};
  const year = overrides.year === undefined ? 2022 : overrides.year;
  return {
    id: derivePaperId(ids, overrides.title, year),
    authors: [{ name: 'Rhea Quist' }],
    authorsTruncated: false,
    venue: null,
    year,
    citations: null,
    ids,
    links: [],
    codeLinks: [],
    topics: [],
    provenance: [{ site, profile: `${site}:owner`, pageUrl: PAGES[site] ?? 'https://example.org/', firstSeen: seenAt, lastSeen: seenAt }],
    ...overrides,
  };
}
