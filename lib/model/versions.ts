import type { Paper } from './paper';

/**
 * Venues of preprint and report servers, as Scholar and dblp write them: arXiv and CoRR, ECCC
 * ("Electron. Colloquium Comput. Complex."), the IACR ePrint archive, SSRN, Research Square,
 * Preprints.org and the *Rxiv servers (bioRxiv, medRxiv, ChemRxiv and others).
 */
const PREPRINT_VENUE =
  /^(?:arxiv|corr|eccc|electron(?:ic|\.)? colloquium (?:on )?comput\w*|iacr cryptol(?:ogy|\.) eprint|cryptology eprint archive|ssrn|research square|preprints(?:\.org)?\b|[a-z]*rxiv)\b/i;

/** The fields of a record that tell a preprint from a published paper. */
export type VersionFields = Pick<Paper, 'type' | 'venue' | 'ids'>;

/** Returns true for a record typed informal or listed on a preprint server. */
export function listedAsPreprint(paper: VersionFields): boolean {
  return paper.type === 'informal' || PREPRINT_VENUE.test(paper.venue ?? '');
}

/** Returns true for a record that is typed or carries a DOI, dblp key or Anthology id. Callers rule out preprints first. */
export function listedAsPublished(paper: VersionFields): boolean {
  return paper.type !== undefined || Boolean(paper.ids.doi ?? paper.ids.dblpKey ?? paper.ids.aclAnthology);
}
