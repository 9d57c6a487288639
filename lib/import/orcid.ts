import * as z from 'zod/mini';
import { derivePaperId, extractArxivId, normalizeDoi } from '../model/ids';
import type { Paper, PaperIds, PaperLink } from '../model/paper';
import { formatPath, type ImportEntry } from './entry';
import { ImportEntryError, importSighting, messages, validPaper } from './csl';

const Value = z.optional(z.nullable(z.object({ value: z.nullable(z.string()) })));

const ExternalId = z.object({
  'external-id-type': z.string(),
  'external-id-value': z.string(),
  'external-id-relationship': z.optional(z.nullable(z.string())),
});
type ExternalId = z.infer<typeof ExternalId>;

const ExternalIds = z.optional(z.nullable(z.object({ 'external-id': z.array(ExternalId) })));

/** One source's summary of a work, as ORCID's public API v3.0 writes it. Other fields are ignored. */
const WorkSummary = z.object({
  'put-code': z.number(),
  title: z.optional(z.nullable(z.object({ title: Value }))),
  'external-ids': ExternalIds,
  url: Value,
  type: z.optional(z.nullable(z.string())),
  'publication-date': z.optional(z.nullable(z.object({ year: Value }))),
  'journal-title': Value,
  path: z.optional(z.nullable(z.string())),
});
type WorkSummary = z.infer<typeof WorkSummary>;

/** An ORCID record's works (`/v3.0/{orcid}/works`): one group per work, with a summary from each source that added it. */
const OrcidWorks = z.object({
  group: z.array(z.object({ 'external-ids': ExternalIds, 'work-summary': z.array(WorkSummary) })),
});

/** The path of one source's record of a work: "/0000-0002-1825-0097/work/1001". An ORCID iD may end in X. */
const WORK_PATH = /^\/\d{4}-\d{4}-\d{4}-\d{3}[\dX]\/work\/\d+$/;

/** Publication types of ORCID's work types that name one. */
const TYPE_OF_WORK: Partial<Record<string, Paper['type']>> = {
  'journal-article': 'journal',
  'conference-paper': 'conference',
  'book-chapter': 'chapter',
  book: 'book',
  'edited-book': 'editorship',
  'dissertation-thesis': 'thesis',
  dissertation: 'thesis',
  preprint: 'informal',
  'working-paper': 'informal',
};

/** Tells whether parsed JSON has the shape of an ORCID works response: a `group` list, and a `path` ending in "/works" or work summaries. */
export function looksLikeOrcidWorks(data: unknown): boolean {
  const { group, path } = (data ?? {}) as { group?: unknown; path?: unknown };
  if (!Array.isArray(group)) return false;
  if (typeof path === 'string' && path.endsWith('/works')) return true;
  return group.some((entry) => Array.isArray((entry as { 'work-summary'?: unknown } | null)?.['work-summary']));
}

/**
 * Returns a message for an error response of ORCID's API saved in place of a works list (an unknown
 * ORCID iD gives `response-code` 404), or null for other JSON.
 */
export function orcidErrorOf(data: unknown): string | null {
  const { 'response-code': code, 'user-message': message } = (data ?? {}) as { 'response-code'?: unknown; 'user-message'?: unknown };
  if (typeof code !== 'number' || typeof message !== 'string') return null;
  return `The file is an ORCID error response (${code}: ${message}), not a list of works. Save the works of an existing ORCID iD (https://pub.orcid.org/v3.0/<ORCID iD>/works) and import that file.`;
}

/**
 * Reads an ORCID works response into import entries, one per group: ORCID groups the summaries that
 * several sources (Crossref, Europe PMC, the researcher) added for one work, so a work listed by
 * three sources is one paper. Throws `ImportEntryError` naming the first invalid group.
 */
export function readOrcidWorks(data: unknown, now: string): ImportEntry[] {
  const works = OrcidWorks.safeParse(data, { error: messages.localeError });
  if (!works.success) {
    const issue = works.error.issues[0];
    throw new ImportEntryError(`Invalid ORCID works file, field "${formatPath(issue?.path ?? [])}": ${issue?.message ?? 'invalid value'}`);
  }
  return works.data.group.flatMap((group, index) => {
    const summaries = group['work-summary'];
    if (summaries.length === 0) return [];
    return [workToEntry(summaries, group['external-ids'], `work ${index + 1}`, now)];
  });
}

function workToEntry(summaries: WorkSummary[], groupIds: z.infer<typeof ExternalIds>, label: string, now: string): ImportEntry {
  // The summary with the most fields leads, and the others fill the fields it lacks.
  const ranked = [...summaries].sort((a, b) => detailOf(b) - detailOf(a));
  const pick = <T>(read: (summary: WorkSummary) => T | null | undefined): T | null => {
    for (const summary of ranked) {
      const value = read(summary);
      if (value !== null && value !== undefined && value !== '') return value;
    }
    return null;
  };
  const title = pick((summary) => summary.title?.title?.value?.trim());
  const yearText = pick((summary) => summary['publication-date']?.year?.value);
  const year = yearText && /^\d{4}$/.test(yearText) ? Number(yearText) : null;
  const ids = idsOf([...(groupIds?.['external-id'] ?? []), ...summaries.flatMap((summary) => summary['external-ids']?.['external-id'] ?? [])]);
  const type = pick((summary) => (summary.type ? TYPE_OF_WORK[summary.type] : undefined));

  const links: PaperLink[] = [];
  const url = pick((summary) => summary.url?.value?.trim());
  if (url && /^https?:\/\/\S+$/i.test(url)) links.push({ kind: 'publisher', url });
  if (ids.doi) links.push({ kind: 'doi', url: `https://doi.org/${ids.doi}` });
  // Each source's summary keeps its own record on ORCID, named by its put-code.
  for (const summary of summaries) {
    if (summary.path && WORK_PATH.test(summary.path)) links.push({ kind: 'detail', url: `https://orcid.org${summary.path}` });
  }

  const candidate = {
    id: derivePaperId(ids, title ?? '', year),
    title,
    authors: [],
    authorsTruncated: false,
    venue: pick((summary) => summary['journal-title']?.value?.trim()),
    year,
    citations: null,
    ids,
    links,
    codeLinks: [],
    topics: [],
    ...(type && { type }),
    provenance: importSighting(now),
  };
  return { paper: validPaper(candidate, label), state: null, keywords: [] };
}

/** Counts the fields a summary gives, so that the fullest one leads. */
function detailOf(summary: WorkSummary): number {
  const fields = [summary.title?.title?.value, summary['journal-title']?.value, summary['publication-date']?.year?.value, summary.url?.value, summary.type];
  return fields.filter(Boolean).length + (summary['external-ids']?.['external-id'].length ?? 0);
}

/**
 * Reads the DOI and arXiv id among a work's external ids. An id with the relation `part-of` names
 * the whole the work is part of (a book, a journal), so it is skipped.
 */
function idsOf(externalIds: ExternalId[]): PaperIds {
  const ids: PaperIds = {};
  for (const externalId of externalIds) {
    if (externalId['external-id-relationship'] === 'part-of') continue;
    const kind = externalId['external-id-type'].toLowerCase();
    const value = externalId['external-id-value'];
    const doi = kind === 'doi' && !ids.doi ? normalizeDoi(value) : null;
    if (doi) ids.doi = doi;
    const arxiv = kind === 'arxiv' && !ids.arxiv ? extractArxivId(value, { bare: true }) : null;
    if (arxiv) ids.arxiv = arxiv;
  }
  return ids;
}
