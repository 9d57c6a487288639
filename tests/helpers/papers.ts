import { derivePaperId, type Paper, type Profile } from '../../lib/model';

/** A valid Scholar-style paper record; `overrides` replace any field. */
export function scholarPaper(overrides: Partial<Paper> & { title: string }): Paper {
  const ids = overrides.ids ?? {};
  const year = overrides.year ?? 2020;
  return {
    id: derivePaperId(ids, overrides.title, year),
    authors: [{ name: 'M Solberg' }],
    authorsTruncated: false,
    venue: 'Journal of Coastal Studies',
    year,
    citations: 3,
    ids,
    links: [],
    codeLinks: [],
    topics: [],
    provenance: [
      {
        site: 'google-scholar',
        profile: 'google-scholar:QQQQ',
        pageUrl: 'https://scholar.google.com/citations?user=QQQQ',
        firstSeen: '2026-01-01T00:00:00.000Z',
        lastSeen: '2026-01-01T00:00:00.000Z',
      },
    ],
    ...overrides,
  };
}

/** The Scholar profile that `scholarPaper` records are sighted on. */
export const SCHOLAR_PROFILE: Profile = {
  site: 'google-scholar',
  id: 'QQQQ',
  name: 'Maren Solberg',
  affiliation: null,
  interests: [],
  metrics: {},
  coauthors: [],
  url: 'https://scholar.google.com/citations?user=QQQQ',
};
