import { useState } from 'preact/hooks';
import type { ScholarLensDatabase, StoredPaper } from '@/lib/db/database';
import { log } from '@/lib/log';

export interface Deletion {
  /** Records deleted on this page and not restored yet, newest first. They live only in memory. */
  deleted: StoredPaper[];
  /** Message for the last failed delete or restore, or null. */
  error: string | null;
  /** Deletes the paper from the database and keeps its record for `restore`. Resolves to true on success. */
  remove: (paper: StoredPaper) => Promise<boolean>;
  /** Writes a deleted record back to the database. Resolves to true on success. */
  restore: (record: StoredPaper) => Promise<boolean>;
}

/** Deletes papers with an undo: each deleted record stays in memory until it is restored. */
export function useDeletion(db: ScholarLensDatabase): Deletion {
  const [deleted, setDeleted] = useState<StoredPaper[]>([]);
  const [error, setError] = useState<string | null>(null);

  async function remove(paper: StoredPaper): Promise<boolean> {
    setError(null);
    try {
      const record = await deleteRecord(db, paper.id);
      if (record) setDeleted((list) => [record, ...list.filter((entry) => entry.id !== record.id)]);
      return true;
    } catch (caught) {
      log.error(`deleting paper ${paper.id} failed`, caught);
      setError(`Deleting “${paper.title}” failed: ${describe(caught)}. Try again.`);
      return false;
    }
  }

  async function restore(record: StoredPaper): Promise<boolean> {
    setError(null);
    try {
      await restoreRecord(db, record);
      setDeleted((list) => list.filter((entry) => entry !== record));
      return true;
    } catch (caught) {
      log.error(`restoring paper ${record.id} failed`, caught);
      setError(`Restoring “${record.title}” failed: ${describe(caught)}. Try Undo again.`);
      return false;
    }
  }

  return { deleted, error, remove, restore };
}

/** Deletes a paper and returns the record as it was stored, or undefined when it was already gone. */
async function deleteRecord(db: ScholarLensDatabase, id: string): Promise<StoredPaper | undefined> {
  return db.transaction('rw', db.papers, async () => {
    const record = await db.papers.get(id);
    if (record) await db.papers.delete(id);
    return record;
  });
}

/**
 * Writes a deleted record back. When a page stored the paper again in the meantime, that newer
 * record keeps its page fields and gets back the user's saved state, note and topic corrections.
 */
async function restoreRecord(db: ScholarLensDatabase, record: StoredPaper): Promise<void> {
  await db.transaction('rw', db.papers, async () => {
    const current = await db.papers.get(record.id);
    if (!current) {
      await db.papers.put(record);
      return;
    }
    const { note, userTopics } = record;
    await db.papers.put({
      ...current,
      saved: record.saved,
      savedAt: record.savedAt,
      ...(note !== undefined && { note }),
      ...(userTopics !== undefined && { userTopics }),
    });
  });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
