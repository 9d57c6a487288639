import type { LibraryEntry, ProfileEntry } from '../export/envelope';
import type { Paper } from '../model';

export type ImportFormat = 'json' | 'bibtex' | 'csl' | 'orcid';

/** One paper read from an import file, with the user's state when the file carries it. */
export interface ImportEntry {
  paper: Paper;
  /** Saved state, note, topic corrections and tags from a Scholar Lens JSON export, else null. */
  state: LibraryEntry | null;
  /** Keywords of a BibTeX or CSL-JSON entry that are not topic labels, which become the paper's tags. */
  keywords: string[];
  /** The annotation of a BibTeX or CSL-JSON entry (`annote`), which becomes the note of a paper that has none. */
  note?: string;
}

/** The validated content of an import file, ready for `writeImport`. */
export interface ImportContent {
  entries: ImportEntry[];
  /** Stored profiles from a Scholar Lens JSON export, else empty. */
  profiles: ProfileEntry[];
  /**
   * Volume entries of a BibTeX file (`@proceedings`, `@book`) that other entries name by
   * `crossref`. They give those entries their venue and year and are not imported as papers.
   */
  crossrefVolumes: number;
}

export type ImportParseResult = ({ ok: true; format: ImportFormat } & ImportContent) | { ok: false; error: string };

/**
 * The page URL of an imported paper's provenance, because the model requires an http(s) URL there.
 * The `.invalid` top-level domain is reserved (RFC 2606), so the URL never resolves.
 */
export const IMPORT_PAGE_URL = 'https://scholar-lens.invalid/import';

/** Formats a zod issue path as a JavaScript accessor, such as `author[0].family`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, position) => (typeof part === 'number' ? `[${part}]` : `${position > 0 ? '.' : ''}${String(part)}`))
    .join('');
}
