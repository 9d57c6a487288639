import { derivePaperId, type Paper } from '../../lib/model';

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
