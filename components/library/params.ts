import type { ExportFormat } from '@/lib/export';

const FORMATS: ExportFormat[] = ['json', 'bibtex', 'biblatex', 'ris', 'csl', 'csv'];

/** The parameters of the library page URL, such as `library.html?profile=google-scholar:ID&export=bibtex`. */
export interface LibraryParams {
  /** A profile key `site:id` to filter by, or null. */
  profile: string | null;
  /** A format to export the profile's papers in once they load, or null. */
  exportFormat: ExportFormat | null;
}

/** Reads the page's query string. Unknown formats and malformed profile keys are ignored. */
export function readLibraryParams(search: string): LibraryParams {
  const params = new URLSearchParams(search);
  const profile = params.get('profile');
  const format = params.get('export');
  const validProfile = profile && /^[a-z-]+:\S+$/.test(profile) ? profile : null;
  return {
    profile: validProfile,
    exportFormat: validProfile && FORMATS.includes(format as ExportFormat) ? (format as ExportFormat) : null,
  };
}
