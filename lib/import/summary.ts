import type { ImportSummary } from './write';

/**
 * Formats an import's outcome as the status line, such as "Imported 118 entries from dblp.bib:
 * 89 new papers, 29 merged with another entry of the file." The count of new papers is always
 * given, and the other counts only when they are not zero.
 */
export function describeImport(summary: ImportSummary, fileName: string): string {
  const parts = [`${summary.added} new ${summary.added === 1 ? 'paper' : 'papers'}`];
  if (summary.mergedIntoStored > 0) parts.push(`${summary.mergedIntoStored} merged into papers already stored`);
  if (summary.mergedInFile > 0) parts.push(`${summary.mergedInFile} merged with another entry of the file`);
  if (summary.crossrefVolumes > 0) {
    const volumes = summary.crossrefVolumes === 1 ? 'volume' : 'volumes';
    parts.push(`${summary.crossrefVolumes} proceedings or book ${volumes} read as the venue of the entries that cite them`);
  }

  const entries = summary.read === 1 ? 'entry' : 'entries';
  const profiles = summary.profiles > 0 ? ` Restored ${summary.profiles} ${summary.profiles === 1 ? 'profile' : 'profiles'}.` : '';
  return `Imported ${summary.read} ${entries} from ${fileName}: ${parts.join(', ')}.${profiles}`;
}
