import type { AnnotatedPaper } from './fields';
import { toBibtex } from './bibtex';
import { toCslJson } from './csl';
import { toCsv } from './csv';
import { toEnvelopeJson } from './envelope';
import { toRis } from './ris';

export type ExportFormat = 'json' | 'bibtex' | 'biblatex' | 'ris' | 'csl' | 'csv';

export interface ExportFile {
  text: string;
  mimeType: string;
  /** File name extension without the dot. */
  extension: string;
}

const FILE_TYPES: Record<ExportFormat, { mimeType: string; extension: string }> = {
  json: { mimeType: 'application/json', extension: 'json' },
  bibtex: { mimeType: 'application/x-bibtex', extension: 'bib' },
  biblatex: { mimeType: 'application/x-bibtex', extension: 'bib' },
  ris: { mimeType: 'application/x-research-info-systems', extension: 'ris' },
  csl: { mimeType: 'application/vnd.citationstyles.csl+json', extension: 'json' },
  csv: { mimeType: 'text/csv;charset=utf-8', extension: 'csv' },
};

/**
 * The part of a download name that names the format. BibTeX and BibLaTeX share the extension
 * `.bib`, and CSL-JSON and the backup share `.json`, so the extension alone cannot tell them apart.
 */
const FILE_NAME_FORMATS: Record<ExportFormat, string> = {
  json: 'backup',
  bibtex: 'bibtex',
  biblatex: 'biblatex',
  ris: 'ris',
  csl: 'csl-json',
  csv: 'csv',
};

/** Returns the MIME type and file name extension of an export format. */
export function fileTypeOf(format: ExportFormat): { mimeType: string; extension: string } {
  return FILE_TYPES[format];
}

/** Writes papers in one export format. `exportedAt` is stored in the JSON envelope only. */
export function exportPapers(papers: AnnotatedPaper[], format: ExportFormat, exportedAt: Date = new Date()): ExportFile {
  return { text: formatText(papers, format, exportedAt), ...FILE_TYPES[format] };
}

/**
 * Builds a download name `scholar-lens-<label>-<format>-<YYYY-MM-DD>.<extension>`, such as
 * `scholar-lens-saved-biblatex-2026-01-05.bib`. The label is lower-cased, stripped of accents and
 * joined with hyphens, the format is one of `FILE_NAME_FORMATS`, and the date is the local
 * calendar date.
 */
export function exportFileName(label: string, format: ExportFormat, date: Date): string {
  const slug = label
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()]
    .map((part) => String(part).padStart(2, '0'))
    .join('-');
  return ['scholar-lens', slug, FILE_NAME_FORMATS[format], day].filter(Boolean).join('-') + `.${FILE_TYPES[format].extension}`;
}

function formatText(papers: AnnotatedPaper[], format: ExportFormat, exportedAt: Date): string {
  switch (format) {
    case 'json':
      return toEnvelopeJson(papers, exportedAt);
    case 'bibtex':
      return toBibtex(papers);
    case 'biblatex':
      return toBibtex(papers, { biblatex: true });
    case 'ris':
      return toRis(papers);
    case 'csl':
      return `${JSON.stringify(toCslJson(papers), null, 2)}\n`;
    case 'csv':
      return toCsv(papers);
  }
}

export { toBibtex, toCslJson, toCsv, toEnvelopeJson, toRis };
export { parseEnvelope, ExportEnvelope, LibraryEntry, ProfileEntry } from './envelope';
export { exportPapersInChunks } from './chunked';
export { citationKey, citationKeys } from './keys';
export { splitName, type PersonName } from './person';
