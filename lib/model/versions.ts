import type { Paper } from './paper';

/**
 * Venues of preprint and report servers, as Scholar and dblp write them: arXiv and CoRR, ECCC
 * ("Electron. Colloquium Comput. Complex."), the IACR ePrint archive, SSRN, Research Square,
 * Preprints.org and the *Rxiv servers (bioRxiv, medRxiv, ChemRxiv and others).
 */
const PREPRINT_VENUE =
  /^(?:arxiv|corr|eccc|electron(?:ic|\.)? colloquium (?:on )?comput\w*|iacr cryptol(?:ogy|\.) eprint|cryptology eprint archive|ssrn|research square|preprints(?:\.org)?\b|[a-z]*rxiv)\b/i;

/**
 * DOIs that preprint servers register: arXiv's DataCite DOIs, SSRN, Research Square, Preprints.org,
 * the OSF servers (PsyArXiv, SocArXiv and others), ChemRxiv and Authorea. bioRxiv and medRxiv DOIs
 * are 10.1101 followed by a number or a date, where Cold Spring Harbor's journals have letters.
 */
const PREPRINT_DOI =
  /^10\.(?:1101\/(?:\d{6,}|\d{4}\.\d{2}\.\d{2}\.\d+)|48550\/arxiv\.|2139\/ssrn\.|21203\/rs\.|20944\/preprints|312\d\d\/osf\.io\/|26434\/chemrxiv|22541\/au\.)/i;

/** The fields of a record that tell a preprint from a published paper. */
export type VersionFields = Pick<Paper, 'type' | 'venue' | 'ids'>;

/** Returns true for a record typed informal, listed on a preprint server, or with a preprint server's DOI. */
export function listedAsPreprint(paper: VersionFields): boolean {
  return paper.type === 'informal' || PREPRINT_VENUE.test(paper.venue ?? '') || PREPRINT_DOI.test(paper.ids.doi ?? '');
}

/**
 * Tells whether one record is the preprint of the other: `isPreprint` is true for one of them, and the
 * other is no preprint but typed or carrying a published identifier.
 */
export function isPreprintOf<T extends VersionFields>(a: T, b: T, isPreprint: (paper: T) => boolean = listedAsPreprint): boolean {
  const aPreprint = isPreprint(a);
  const bPreprint = isPreprint(b);
  return (aPreprint && !bPreprint && listedAsPublished(b)) || (bPreprint && !aPreprint && listedAsPublished(a));
}

/** Returns true for a record that is typed or carries a DOI, dblp key or Anthology id. Callers check for preprints first. */
export function listedAsPublished(paper: VersionFields): boolean {
  return paper.type !== undefined || Boolean(paper.ids.doi ?? paper.ids.dblpKey ?? paper.ids.aclAnthology);
}
