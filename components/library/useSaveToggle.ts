import { useState } from 'preact/hooks';
import type { ScholarLensDatabase, StoredPaper } from '@/lib/db/database';
import { setSaved } from '@/lib/db/papers';
import { log } from '@/lib/log';

export interface SaveToggle {
  /** Message for the last failed save or unsave, or null. */
  error: string | null;
  /** Saves an unsaved paper or unsaves a saved one, and keeps the record stored. Resolves to true on success. */
  toggle: (paper: StoredPaper) => Promise<boolean>;
}

/** Saves and unsaves papers from the library's rows. */
export function useSaveToggle(db: ScholarLensDatabase): SaveToggle {
  const [error, setError] = useState<string | null>(null);

  async function toggle(paper: StoredPaper): Promise<boolean> {
    const save = paper.saved !== 1;
    setError(null);
    try {
      await setSaved(db, paper.id, save);
      return true;
    } catch (caught) {
      log.error(`${save ? 'saving' : 'unsaving'} paper ${paper.id} failed`, caught);
      const detail = caught instanceof Error ? caught.message : String(caught);
      setError(`${save ? 'Saving' : 'Unsaving'} “${paper.title.slice(0, 80)}” failed: ${detail}. Try again.`);
      return false;
    }
  }

  return { error, toggle };
}
