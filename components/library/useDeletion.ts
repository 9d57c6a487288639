import { useState } from 'preact/hooks';
import type { ScholarLensDatabase, StoredPaper } from '@/lib/db/database';
import { log } from '@/lib/log';

/** Papers deleted by one action: one paper, or a bulk delete of the selection. */
export interface DeletedBatch {
  /** Records as they were stored before the delete. */
  records: StoredPaper[];
}

export interface Deletion {
  /** Batches deleted on this page and not restored yet, newest first. They live only in memory. */
  deleted: DeletedBatch[];
  /** Message for the last failed delete or restore, or null. */
  error: string | null;
  /** Deletes the papers in one transaction and keeps their records for `restore`. Resolves to true on success. */
  remove: (papers: StoredPaper[]) => Promise<boolean>;
  /** Writes a deleted batch back to the database in one transaction. Resolves to true on success. */
  restore: (batch: DeletedBatch) => Promise<boolean>;
}

/** Deletes papers with an undo: each deleted batch stays in memory until it is restored. */
export function useDeletion(db: ScholarLensDatabase): Deletion {
  const [deleted, setDeleted] = useState<DeletedBatch[]>([]);
  const [error, setError] = useState<string | null>(null);

  async function remove(papers: StoredPaper[]): Promise<boolean> {
    setError(null);
    try {
      const records = await deleteRecords(db, papers.map((paper) => paper.id));
      if (records.length > 0) setDeleted((list) => [{ records }, ...list]);
      return true;
    } catch (caught) {
      log.error(`deleting papers ${papers.map((paper) => paper.id).join(', ')} failed`, caught);
      setError(`Deleting ${describePapers(papers)} failed: ${describe(caught)}. Try again.`);
      return false;
    }
  }

  async function restore(batch: DeletedBatch): Promise<boolean> {
    setError(null);
    try {
      await restoreRecords(db, batch.records);
      setDeleted((list) => list.filter((entry) => entry !== batch));
      return true;
    } catch (caught) {
      log.error(`restoring papers ${batch.records.map((record) => record.id).join(', ')} failed`, caught);
      setError(`Restoring ${describePapers(batch.records)} failed: ${describe(caught)}. Try Undo again.`);
      return false;
    }
  }

  return { deleted, error, remove, restore };
}

/** Names one paper by its title in quotes, or several by their number. */
export function describePapers(papers: Pick<StoredPaper, 'title'>[]): string {
  return papers.length === 1 ? `“${papers[0]?.title}”` : `${papers.length} papers`;
}

/** Deletes papers and returns their records as they were stored; papers already gone are skipped. */
async function deleteRecords(db: ScholarLensDatabase, ids: string[]): Promise<StoredPaper[]> {
  return db.transaction('rw', db.papers, async () => {
    const records = (await db.papers.bulkGet(ids)).filter((record): record is StoredPaper => record !== undefined);
    await db.papers.bulkDelete(records.map((record) => record.id));
    return records;
  });
}

/**
 * Writes deleted records back. When a page stored a paper again in the meantime, that newer
 * record keeps its page fields and gets back the user's saved state, note, tags and topic corrections.
 */
async function restoreRecords(db: ScholarLensDatabase, records: StoredPaper[]): Promise<void> {
  await db.transaction('rw', db.papers, async () => {
    const current = await db.papers.bulkGet(records.map((record) => record.id));
    const restored = records.map((record, index) => {
      const newer = current[index];
      if (!newer) return record;
      const { note, userTopics, userTags } = record;
      return {
        ...newer,
        saved: record.saved,
        savedAt: record.savedAt,
        ...(note !== undefined && { note }),
        ...(userTopics !== undefined && { userTopics }),
        ...(userTags !== undefined && { userTags }),
      };
    });
    await db.papers.bulkPut(restored);
  });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
