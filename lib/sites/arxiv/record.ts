import { derivePaperId, normalizeDoi } from '../../model/ids';
import type { Author, PageRecord, PaperLink } from '../../model';
import type { ParsedRow, ProfilePage } from '../types';
import { recordRow } from '../record';
import { categoryTopics, type Category } from './categories';
import { findCodeLinks } from './code-links';

/** Fields every arXiv page kind reads for one paper, before they become a record. */
export interface ArxivEntry {
  arxivId: string;
  title: string;
  authors: Author[];
  abstract: string;
  comments: string;
  /** Journal reference, the venue of the published version when the authors gave one. */
  journalRef: string;
  /** DOI of the published version; arXiv's own DataCite DOIs are not passed here. */
  doi: string | null;
  categories: Category[];
  year: number | null;
  /** Version number the page showed, such as 4 for `2005.14165v4`. */
  version: number | null;
}

/** Builds and validates the record for one arXiv entry. */
export function toParsedRow(element: Element, entry: ArxivEntry, page: ProfilePage): ParsedRow {
  const doi = entry.doi ? normalizeDoi(entry.doi) : null;
  const ids = { arxiv: entry.arxivId, ...(doi && !doi.startsWith('10.48550/') && { doi }) };
  const links: PaperLink[] = [
    { kind: 'arxiv', url: `https://arxiv.org/abs/${entry.arxivId}` },
    { kind: 'pdf', url: `https://arxiv.org/pdf/${entry.arxivId}` },
  ];
  if (ids.doi) links.push({ kind: 'doi', url: `https://doi.org/${ids.doi}` });
  const codeLinks = [...findCodeLinks(entry.abstract, 'abstract'), ...findCodeLinks(entry.comments, 'comments')];

  const candidate: PageRecord = {
    id: derivePaperId(ids, entry.title, entry.year),
    title: entry.title,
    type: 'informal',
    authors: entry.authors,
    authorsTruncated: false,
    venue: entry.journalRef || 'arXiv',
    year: entry.year,
    citations: null,
    ids,
    ...(entry.version && { arxivVersion: entry.version }),
    links,
    codeLinks: codeLinks.filter((link, index) => codeLinks.findIndex((other) => other.url === link.url) === index),
    topics: categoryTopics(entry.categories),
    ...(entry.abstract && { abstract: entry.abstract }),
  };
  return recordRow(element, candidate);
}

/**
 * Returns the submission year an arXiv id encodes: `2005.14165` is 2020, `hep-th/9901001` is 1999.
 * arXiv started in 1991, so two-digit years from 91 on are 19xx.
 */
export function yearOfArxivId(id: string): number | null {
  const match = /(?:^|\/)(\d{2})(?:0[1-9]|1[0-2])(?:\.|\d)/.exec(id);
  if (!match?.[1]) return null;
  const twoDigits = Number(match[1]);
  return twoDigits >= 91 ? 1900 + twoDigits : 2000 + twoDigits;
}
