import type { AnnotatedPaper } from './fields';
import { toBibtex } from './bibtex';
import { toCslJson, type CslItem } from './csl';
import { csvHeader, csvRows } from './csv';
import { toEnvelopeJson, type LibraryEntry, type ProfileEntry } from './envelope';
import { fileTypeOf, type ExportFile, type ExportFormat } from './index';
import { citationKeys } from './keys';
import { toRis } from './ris';

/** Papers written between two yields to the event loop. */
const CHUNK_SIZE = 500;

export interface ChunkedExportOptions {
  /** Called after each chunk with the number of papers written so far and the total. */
  onProgress?: (done: number, total: number) => void;
  /** The user's state of each paper, written into the JSON envelope only. */
  library?: LibraryEntry[];
  /** Stored profiles, written into the JSON envelope only. */
  profiles?: ProfileEntry[];
  exportedAt?: Date;
  /** Citation keys by paper id, when they come from a larger set than `papers` (a whole library). */
  keys?: Map<string, string>;
}

/**
 * Writes papers like `exportPapers`, with the same text, but in chunks of 500 papers with a
 * yield to the event loop after each, so that a page can show progress and stay responsive.
 * Citation keys are computed once over the whole list, so they match a single-pass export.
 */
export async function exportPapersInChunks(
  papers: AnnotatedPaper[],
  format: ExportFormat,
  options: ChunkedExportOptions = {},
): Promise<ExportFile> {
  const exportedAt = options.exportedAt ?? new Date();
  const { mimeType, extension } = fileTypeOf(format);
  const total = papers.length;
  options.onProgress?.(0, total);

  if (format === 'json') {
    const text = toEnvelopeJson(papers, exportedAt, options.library, options.profiles);
    options.onProgress?.(total, total);
    return { text, mimeType, extension };
  }

  const keys = options.keys ?? citationKeys(papers);
  const parts: string[] = [];
  const items: CslItem[] = [];
  for (let start = 0; start < total; start += CHUNK_SIZE) {
    const chunk = papers.slice(start, start + CHUNK_SIZE);
    switch (format) {
      case 'bibtex':
      case 'biblatex':
        parts.push(toBibtex(chunk, { biblatex: format === 'biblatex' }, keys));
        break;
      case 'ris':
        parts.push(toRis(chunk));
        break;
      case 'csv':
        parts.push(csvRows(chunk));
        break;
      case 'csl':
        items.push(...toCslJson(chunk, keys));
        break;
    }
    options.onProgress?.(Math.min(start + CHUNK_SIZE, total), total);
    await yieldToEventLoop();
  }

  return { text: joinParts(format, parts, items), mimeType, extension };
}

/** Joins chunk texts with the separator each writer puts between two entries. */
function joinParts(format: Exclude<ExportFormat, 'json'>, parts: string[], items: CslItem[]): string {
  switch (format) {
    case 'bibtex':
    case 'biblatex':
      return parts.join('\n');
    case 'ris':
      return parts.join('\r\n');
    case 'csv':
      return csvHeader() + parts.join('');
    case 'csl':
      return `${JSON.stringify(items, null, 2)}\n`;
  }
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
