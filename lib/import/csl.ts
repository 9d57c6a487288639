import * as z from 'zod/mini';
import { issueMessages } from '../model/issue-messages';
import { derivePaperId, extractAclAnthologyId, extractArxivId, normalizeDoi } from '../model/ids';
import { Paper, type Author, type CodeLink, type PaperIds, type PaperLink } from '../model/paper';
import { formatPath, IMPORT_PAGE_URL, type ImportEntry } from './entry';
import { readKeywords } from './keywords';
import { venueLine } from './venue';
import { isCjkName, joinCjkName } from '../export/person';

/** English issue messages, in which a field left out is "missing". */
export const messages = { localeError: issueMessages };

const text = z.string();
/** A CSL number variable (volume, issue, page), which CSL-JSON allows as a string or a number. */
const numberVariable = z.optional(z.union([text, z.number()]));
const NamePart = z.optional(z.nullable(text));

/**
 * A CSL-JSON name, as split parts or a literal. @citation-js/plugin-bibtex 0.9.0 reads
 * "van den Berg, Jan" as given "Jan", non-dropping-particle "van den" and family "Berg".
 */
const CslName = z.object({
  family: NamePart,
  given: NamePart,
  'dropping-particle': NamePart,
  'non-dropping-particle': NamePart,
  suffix: NamePart,
  literal: NamePart,
});

/** A CSL date; `date-parts` values may be numbers or numeric strings. */
const CslDate = z.object({
  'date-parts': z.optional(z.array(z.array(z.union([z.number(), z.string()])))),
  raw: z.optional(text),
  literal: z.optional(text),
});

/** The CSL-JSON item variables the import reads (CSL 1.0.2 names). Other variables are ignored. */
export const CslInputItem = z.object({
  id: z.optional(z.union([text, z.number()])),
  type: z.optional(text),
  title: text.check(z.trim(), z.minLength(1, 'missing or empty title')),
  author: z.optional(z.array(CslName)),
  'container-title': z.optional(text),
  volume: numberVariable,
  issue: numberVariable,
  page: numberVariable,
  issued: z.optional(CslDate),
  DOI: z.optional(text),
  URL: z.optional(text),
  number: z.optional(z.union([text, z.number()])),
  publisher: z.optional(text),
  genre: z.optional(text),
  abstract: z.optional(text),
  keyword: z.optional(text),
  note: z.optional(text),
  annote: z.optional(text),
  custom: z.optional(
    z.object({ authorsTruncated: z.optional(z.boolean()), nativeNames: z.optional(z.array(z.nullable(text))), dblpKey: z.optional(text) }),
  ),
});
export type CslInputItem = z.infer<typeof CslInputItem>;

/** Thrown when an entry cannot become a paper; the message names the entry and the field. */
export class ImportEntryError extends Error {}

/**
 * Parses a CSL-JSON array into import entries. Throws `ImportEntryError` on the first invalid
 * entry, naming its position, its id and the field.
 */
export function readCslJson(data: unknown, now: string): ImportEntry[] {
  if (!Array.isArray(data)) throw new ImportEntryError('Not a CSL-JSON file: expected a JSON array of items.');
  return data.map((raw, index) => {
    const item = CslInputItem.safeParse(raw, { error: messages.localeError });
    if (!item.success) {
      const issue = item.error.issues[0];
      throw new ImportEntryError(
        `Invalid entry ${index + 1}${describeId(raw)}, field "${formatPath(issue?.path ?? [])}": ${issue?.message ?? 'invalid value'}`,
      );
    }
    return cslItemToEntry(item.data, `entry ${index + 1}${describeId(raw)}`, now);
  });
}

/** Publication types of the CSL item types that name one: BibTeX's @article, @inproceedings, @incollection, @book and theses. */
const TYPE_OF_CSL: Partial<Record<string, Paper['type']>> = {
  'article-journal': 'journal',
  'paper-conference': 'conference',
  chapter: 'chapter',
  book: 'book',
  thesis: 'thesis',
};

/**
 * Converts one validated CSL item to an import entry. `label` names the entry in errors, and
 * `fileIds` are identifiers the file states outside the item, such as a dblp key.
 */
export function cslItemToEntry(item: CslInputItem, label: string, now: string, fileIds: PaperIds = {}): ImportEntry {
  const names = withNativeNames((item.author ?? []).map(displayName), item.custom?.nativeNames);
  // citation-js reads BibTeX's "and others" as an author with the family name "others".
  const truncatedByOthers = names.at(-1) === 'others';
  const authors: Author[] = names.filter((name, index) => name && !(truncatedByOthers && index === names.length - 1)).map((name) => ({ name }));

  const year = issuedYear(item, label);
  const dblpKey = item.custom?.dblpKey?.trim();
  const ids = { ...readIds(item), ...(dblpKey && { dblpKey }), ...fileIds };
  const links: PaperLink[] = [];
  if (item.URL && /^https?:\/\/\S+$/i.test(item.URL)) links.push({ kind: 'publisher', url: item.URL });
  if (ids.doi) links.push({ kind: 'doi', url: `https://doi.org/${ids.doi}` });

  const keywords = readKeywords(item.keyword);
  const title = item.title.trim();
  const container = venueOf(item);
  // An entry known only by its arXiv id, in no journal or proceedings, is a preprint, so that it is
  // linked to its published version as dblp's informal records are, not merged into it. Its venue is arXiv.
  const type = (item.type ? TYPE_OF_CSL[item.type] : undefined) ?? (ids.arxiv && !container ? 'informal' : undefined);
  const venue = container ?? (ids.arxiv ? 'arXiv' : null);
  const candidate = {
    id: derivePaperId(ids, title, year),
    title,
    authors,
    authorsTruncated: truncatedByOthers || item.custom?.authorsTruncated === true,
    venue,
    year,
    citations: null,
    ids,
    links,
    codeLinks: codeLinksIn(item.note),
    // Topic labels, as the exporters write them, become topics. Other keywords become the user's tags.
    topics: keywords.topics,
    ...(item.abstract && { abstract: item.abstract }),
    ...(type && { type }),
    provenance: importSighting(now),
  };

  const note = item.annote?.trim();
  return { paper: validPaper(candidate, label), state: null, keywords: keywords.tags, ...(note && { note }) };
}

/** Returns the provenance of a paper imported at `now`. */
export function importSighting(now: string): Paper['provenance'] {
  return [{ site: 'import', profile: null, pageUrl: IMPORT_PAGE_URL, firstSeen: now, lastSeen: now }];
}

/** Validates a paper built from an import file, or throws `ImportEntryError` naming `label` and the first invalid field. */
export function validPaper(candidate: unknown, label: string): Paper {
  const paper = Paper.safeParse(candidate, { error: messages.localeError });
  if (!paper.success) {
    const issue = paper.error.issues[0];
    throw new ImportEntryError(`Invalid ${label}, field "${formatPath(issue?.path ?? [])}": ${issue?.message ?? 'invalid value'}`);
  }
  return paper.data;
}

/**
 * Names a thesis's degree from CSL's genre, as the exporters write it ("PhD thesis") or as
 * citation-js reads BibTeX's entry types ("phdthesis", "mathesis"), or null for another genre.
 */
function degreeOf(genre: string | undefined): string | null {
  if (!genre) return null;
  if (/master|^ma\s*thesis$|^mathesis$|m\.?\s?sc/i.test(genre)) return "Master's thesis";
  if (/ph\.?\s?d|doctoral|dissertation/i.test(genre)) return 'PhD thesis';
  return null;
}

/** CSL item types whose publisher is the venue the exporters write: a book's publisher, a thesis's school. */
const PUBLISHER_VENUE_TYPES = new Set(['book', 'thesis']);

/** Reads the venue line from the container title with its volume, issue and pages (see `venueLine`). */
function venueOf(item: CslInputItem): string | null {
  const publisher = item.type && PUBLISHER_VENUE_TYPES.has(item.type) ? item.publisher?.trim() : undefined;
  const degree = item.type === 'thesis' ? degreeOf(item.genre) : null;
  const school = degree && publisher ? `${degree}, ${publisher}` : (degree ?? publisher);
  const title = item['container-title']?.trim() || school;
  if (!title) return null;
  const asText = (value: string | number | undefined) => (value === undefined ? undefined : String(value));
  return venueLine(title, asText(item.volume), asText(item.issue), asText(item.page));
}

/**
 * Appends each name's native-script form in parentheses ("Haoran Lin (林浩然)"), the display form
 * that the exporters split into a CSL name and `custom.nativeNames`. A list that does not align
 * with the authors, as after an edit in another tool, is ignored.
 */
function withNativeNames(names: string[], nativeNames: (string | null)[] | undefined): string[] {
  if (!nativeNames || nativeNames.length !== names.length) return names;
  return names.map((name, index) => {
    const native = nativeNames[index]?.trim();
    return native && name && !name.includes(native) ? `${name} (${native})` : name;
  });
}

/**
 * Joins a name's parts in CSL's display order: given, particles, family, then ", suffix". A name in
 * CJK script is written family first, as the page wrote it: "王雨桐", "佐藤 花子".
 */
function displayName(name: z.infer<typeof CslName>): string {
  if (name.literal) return composed(name.literal.trim());
  const family = name.family?.trim() ?? '';
  const given = name.given?.trim() ?? '';
  if (family && isCjkName(family) && (!given || isCjkName(given))) return composed(joinCjkName(family, given));
  const parts = [name.given, name['dropping-particle'], name['non-dropping-particle'], name.family].filter((part): part is string =>
    Boolean(part?.trim()),
  );
  const full = composed(parts.join(' ').trim());
  return name.suffix ? `${full}, ${name.suffix.trim()}` : full;
}

/**
 * Composes letters and accents. BibTeX puts an accent above an i on the dotless i (`{\'{\i}}`), which
 * decodes to "ı" and a combining accent, so that pair is read as the accented i ("í").
 */
function composed(text: string): string {
  return text.replace(/ı(?=[\u0300-\u0315])/g, 'i').normalize('NFC');
}

/** Reads the year from `issued`. A year outside 1000–2200 is an error, because the model rejects it. */
function issuedYear(item: CslInputItem, label: string): number | null {
  const first = item.issued?.['date-parts']?.[0]?.[0];
  const raw = first ?? item.issued?.raw ?? item.issued?.literal;
  if (raw === undefined || raw === '') return null;
  const year = typeof raw === 'number' ? raw : Number(/\b\d{4}\b/.exec(String(raw))?.[0] ?? NaN);
  if (!Number.isInteger(year) || year < 1000 || year > 2200) {
    throw new ImportEntryError(`Invalid ${label}, field "issued": year ${JSON.stringify(raw)} is not a year from 1000 to 2200.`);
  }
  return year;
}

function readIds(item: CslInputItem): PaperIds {
  const ids: PaperIds = {};
  const doi = item.DOI ? normalizeDoi(item.DOI) : null;
  if (doi) ids.doi = doi;
  const arxiv = [item.number, item.URL, item['container-title']]
    .map((value) => (value === undefined ? null : extractArxivId(String(value))))
    .find((value) => value);
  if (arxiv) ids.arxiv = arxiv;
  const acl = item.URL ? extractAclAnthologyId(item.URL) : null;
  if (acl) ids.aclAnthology = acl;
  return ids;
}

/** Reads code links from a note written by the exports ("Code: https://…, https://…"). */
function codeLinksIn(note: string | undefined): CodeLink[] {
  if (!note || !/^\s*code:/i.test(note)) return [];
  const urls = note.match(/https?:\/\/[^\s,{}]+/gi) ?? [];
  return Array.from(new Set(urls)).map((url) => ({ url, source: 'user', site: 'import' }));
}

function describeId(raw: unknown): string {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' || typeof id === 'number' ? ` (id "${id}")` : '';
}
