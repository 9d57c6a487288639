import { parseEnvelope } from '../export/envelope';
import { readBibtex } from './bibtex';
import { ImportEntryError, readCslJson } from './csl';
import type { ImportEntry, ImportParseResult } from './entry';
import { looksLikeOrcidWorks, orcidErrorOf, readOrcidWorks } from './orcid';

/**
 * Reads and validates a whole import file: a Scholar Lens JSON export, a CSL-JSON array, an ORCID
 * works file or a BibTeX/BibLaTeX file, recognised by their content. Nothing is written. On failure the error names the
 * entry and the field, or the position of a syntax error.
 */
export function parseImportFile(text: string, now = new Date().toISOString()): ImportParseResult {
  const content = text.replace(/^\uFEFF/, '').trimStart();
  try {
    if (content.startsWith('{') && (content.includes('"group"') || content.includes('"response-code"'))) {
      const data = parseJson(content);
      if (looksLikeOrcidWorks(data)) return readOrcid(data, now);
      const orcidError = orcidErrorOf(data);
      if (orcidError) return { ok: false, error: orcidError };
    }
    if (content.startsWith('{')) return readEnvelope(content);
    if (content.startsWith('[')) return { ok: true, format: 'csl', entries: readCslJson(parseJson(content), now), profiles: [], crossrefVolumes: 0 };
    if (content.startsWith('@') || content.startsWith('%')) return { ok: true, format: 'bibtex', ...readBibtex(content, now), profiles: [] };
  } catch (error) {
    if (error instanceof ImportEntryError) return { ok: false, error: error.message };
    throw error;
  }
  const expected = 'expected a Scholar Lens JSON export, a CSL-JSON array, an ORCID works file (JSON) or a BibTeX file (.bib).';
  return { ok: false, error: content === '' ? `The file is empty: ${expected}` : `Unrecognised file: ${expected}` };
}

function readEnvelope(content: string): ImportParseResult {
  const result = parseEnvelope(content);
  if (!result.ok) return result;

  const paperIds = new Set(result.papers.map((paper) => paper.id));
  const states = new Map(result.library.map((entry) => [entry.id, entry]));
  const orphan = result.library.findIndex((entry) => !paperIds.has(entry.id));
  if (orphan >= 0) {
    return { ok: false, error: `Invalid library entry at index ${orphan}, field "id": no paper in the file has id "${result.library[orphan]?.id}".` };
  }
  const entries: ImportEntry[] = result.papers.map((paper) => ({ paper, state: states.get(paper.id) ?? null, keywords: [] }));
  return { ok: true, format: 'json', entries, profiles: result.profiles, crossrefVolumes: 0 };
}

function readOrcid(data: unknown, now: string): ImportParseResult {
  const entries = readOrcidWorks(data, now);
  if (entries.length === 0) return { ok: false, error: 'The ORCID works file lists no works: nothing to import.' };
  return { ok: true, format: 'orcid', entries, profiles: [], crossrefVolumes: 0 };
}

function parseJson(content: string): unknown {
  try {
    return JSON.parse(content);
  } catch (error) {
    throw new ImportEntryError(`Invalid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}
