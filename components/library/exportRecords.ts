import type { ScholarLensDatabase, StoredPaper, StoredProfile } from '@/lib/db/database';
import { citationKeys, exportPapersInChunks, type ExportFile, type ExportFormat, type LibraryEntry } from '@/lib/export';
import { toAnnotatedPaper, toExportedPaper } from '../savedPapers';

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
 * Loads the stored profiles that the records were listed under (their `profileKeys`), in key
 * order. A key whose profile header was never stored is skipped.
 */
export async function loadProfilesOf(db: ScholarLensDatabase, records: StoredPaper[]): Promise<StoredProfile[]> {
  const keys = Array.from(new Set(records.flatMap((record) => record.profileKeys))).sort();
  const profiles = await db.profiles.bulkGet(keys);
  return profiles.filter((profile): profile is StoredProfile => profile !== undefined);
}

export interface ExportRecordsOptions {
  /** Called after each chunk with the number of papers written so far and the total. */
  onProgress?: (done: number, total: number) => void;
  exportedAt?: Date;
  /** Stored profiles to write into the JSON envelope, such as those from `loadProfilesOf`. */
  profiles?: StoredProfile[];
  /** Citation keys by paper id, such as those from `libraryCitationKeys`. */
  keys?: Map<string, string>;
}

/**
 * Builds the citation keys of every stored paper and of `records`, so that a paper's key does not
 * depend on which papers an export selects. Only another stored paper with the same base key
 * changes it.
 */
export async function libraryCitationKeys(db: ScholarLensDatabase, records: StoredPaper[]): Promise<Map<string, string>> {
  const stored = await db.papers.toArray();
  const storedIds = new Set(stored.map((paper) => paper.id));
  return citationKeys([...stored, ...records.filter((record) => !storedIds.has(record.id))]);
}

/**
 * Writes stored papers in an export format, in chunks, reporting progress. The citation formats
 * carry each paper's note and tags. The JSON envelope also carries each paper's saved state, date
 * added, note, topic corrections and tags, and the given profiles, so that importing it restores
 * the library and the profile headers.
 */
export function exportRecords(records: StoredPaper[], format: ExportFormat, options: ExportRecordsOptions = {}): Promise<ExportFile> {
  const { onProgress, exportedAt = new Date(), profiles = [], keys } = options;
  return exportPapersInChunks(records.map(format === 'json' ? toExportedPaper : toAnnotatedPaper), format, {
    exportedAt,
    ...(onProgress && { onProgress }),
    ...(keys && { keys }),
    ...(format === 'json' && { library: records.map(toLibraryEntry), profiles }),
  });
}
