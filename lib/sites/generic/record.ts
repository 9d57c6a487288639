import { derivePaperId, extractArxivId, normalizeDoi } from '../../model/ids';
import type { PaperIds } from '../../model';
import { parseYear } from '../dom';
import type { ParsedRow, ProfilePage } from '../types';
import { recordRow } from '../record';
import { bibtexAuthors, parseBibtex, type BibtexRecord } from './bibtex';
import type { BlockFeatures } from './block';
import { readVisibleFields } from './fields';
import { readLinks } from './links';
import { SELECTORS as S } from './selectors';

/** Builds the record of one entry. An embedded BibTeX record, when present, wins over the visible text. */
export function parseEntry(block: BlockFeatures, page: ProfilePage): ParsedRow {
  const visible = readVisibleFields(block);
  const bibtex = embeddedBibtex(block.element);
  const fields = bibtex?.fields ?? {};

  const title = fields.title || visible.title;
  if (!title) return { element: block.element, paper: null, warning: `no title found in entry "${block.text.slice(0, 80)}"` };
  // BibTeX author fields sometimes end in "and others" while the page lists every name.
  const bibAuthors = bibtexAuthors(fields.author);
  const fromBibtex = bibAuthors.length >= visible.authors.length;
  const authors = fromBibtex ? bibAuthors : visible.authors;
  const venue = fields.journal || fields.booktitle || fields.publisher || visible.venue;
  const year = parseYear(fields.year) ?? visible.year;

  const { ids, links, codeLinks } = readLinks(block.element, block.text, page.pageUrl, visible.titleElement);
  addBibtexIds(ids, fields);

  const candidate = {
    id: derivePaperId(ids, title, year),
    title,
    authors: authors.map((name) => ({ name })),
    authorsTruncated: fromBibtex ? /\band\s+others\s*$/i.test(fields.author ?? '') : visible.authorsTruncated,
    venue: venue || null,
    year,
    citations: null,
    ids,
    links,
    codeLinks,
    topics: [],
  };
  return recordRow(block.element, candidate);
}

function embeddedBibtex(entry: Element): BibtexRecord | null {
  const block = entry.querySelector(S.bibtex);
  return block ? parseBibtex(block.textContent ?? '') : null;
}

function addBibtexIds(ids: PaperIds, fields: Record<string, string>): void {
  const doi = fields.doi ? normalizeDoi(fields.doi) : null;
  if (doi) ids.doi ??= doi;
  const eprint = fields.eprint && /arxiv/i.test(fields.archiveprefix ?? fields.eprinttype ?? 'arxiv') ? extractArxivId(fields.eprint, { bare: true }) : null;
  if (eprint) ids.arxiv ??= eprint;
}
