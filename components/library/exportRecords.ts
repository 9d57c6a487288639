import type { StoredPaper } from '@/lib/db/database';
import { exportPapersInChunks, type ExportFile, type ExportFormat, type LibraryEntry } from '@/lib/export';
import { toExportedPaper } from '../savedPapers';

/** The user's state of a stored paper, as the JSON envelope stores it. */
export function toLibraryEntry(record: StoredPaper): LibraryEntry {
  return {
    id: record.id,
    saved: record.saved === 1,
    savedAt: record.savedAt,
    addedAt: record.addedAt,
    ...(record.note !== undefined && { note: record.note }),
    ...(record.userTopics !== undefined && { userTopics: record.userTopics }),
    ...(record.userTags !== undefined && record.userTags.length > 0 && { userTags: record.userTags }),
  };
}

/**
 * Writes stored papers in an export format, in chunks, reporting progress. The JSON envelope also
 * carries each paper's saved state, date added, note, topic corrections and tags, so that importing
 * it restores the library.
 * NOTE: stored profiles (name, affiliation, site metrics) are not exported, so an import restores
 * papers and their profile keys but the profile summaries return only after visiting the profiles.
 */
export function exportRecords(
  records: StoredPaper[],
  format: ExportFormat,
  onProgress?: (done: number, total: number) => void,
  exportedAt = new Date(),
): Promise<ExportFile> {
  return exportPapersInChunks(records.map(toExportedPaper), format, {
    exportedAt,
    ...(onProgress && { onProgress }),
    ...(format === 'json' && { library: records.map(toLibraryEntry) }),
  });
}
