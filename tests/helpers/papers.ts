import { derivePaperId, type Paper, type Profile, type Provenance } from '../../lib/model';

/** The sighting of `scholarPaper` records: the profile page of `SCHOLAR_PROFILE`. */
export const SCHOLAR_SIGHTING: Provenance = {
  site: 'google-scholar',
  profile: 'google-scholar:QQQQ',
  pageUrl: 'https://scholar.google.com/citations?user=QQQQ',
  firstSeen: '2026-01-01T00:00:00.000Z',
  lastSeen: '2026-01-01T00:00:00.000Z',
};

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
    provenance: [{ ...SCHOLAR_SIGHTING }],
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

/**
 * Splits papers seen in one sighting into the fields of a `papers/upsert` or `profile/analyze`
 * request, as a page sends them: the records without provenance, and the sighting once.
 */
export function pageRead<T extends Pick<Paper, 'title' | 'provenance'>>(papers: readonly T[]): { sighting: Provenance; papers: Omit<T, 'provenance'>[] } {
  const sighting = papers[0]?.provenance[0] ?? SCHOLAR_SIGHTING;
  const records = papers.map(({ provenance, ...record }) => {
    if (provenance.length !== 1 || JSON.stringify(provenance[0]) !== JSON.stringify(sighting)) {
      throw new Error(`"${record.title}" was not seen in the sighting of "${papers[0]?.title}"`);
    }
    return record;
  });
  return { sighting, papers: records };
}
