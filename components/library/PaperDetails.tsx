import { useEffect, useRef, useState } from 'preact/hooks';
import type { ScholarLensDatabase, StoredPaper } from '@/lib/db/database';
import { log } from '@/lib/log';

export interface PaperDetailsProps {
  db: ScholarLensDatabase;
  paper: StoredPaper;
  onClose: () => void;
}

/** Splits a comma-separated tag field into tags, trimmed and without repeats. */
export function parseTags(text: string): string[] {
  return Array.from(new Set(text.split(',').map((tag) => tag.trim()).filter(Boolean)));
}

/** Edits the user's note and tags of one paper. Focus moves to the note when the editor opens. */
export function PaperDetails({ db, paper, onClose }: PaperDetailsProps) {
  const [error, setError] = useState<string | null>(null);
  const noteField = useRef<HTMLTextAreaElement>(null);
  const tagsField = useRef<HTMLInputElement>(null);

  useEffect(() => noteField.current?.focus(), [paper.id]);

  async function save(): Promise<void> {
    setError(null);
    const note = noteField.current?.value ?? '';
    const userTags = parseTags(tagsField.current?.value ?? '');
    try {
      const changed = await db.papers.update(paper.id, { note, userTags, updatedAt: new Date().toISOString() });
      if (changed === 0) throw new Error('the paper is no longer stored');
      onClose();
    } catch (caught) {
      log.error(`saving the note of paper ${paper.id} failed`, caught);
      setError(`Saving the note failed: ${caught instanceof Error ? caught.message : String(caught)}. Try again.`);
    }
  }

  return (
    <section class="details" aria-labelledby="details-heading" data-testid="paper-details">
      <h2 id="details-heading" class="section-title">
        Note and tags: {paper.title}
      </h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onClose();
        }}
      >
        <label for="paper-note">Note</label>
        <textarea id="paper-note" ref={noteField} rows={3} defaultValue={paper.note ?? ''} />
        <label for="paper-tags">Tags, separated by commas</label>
        <input id="paper-tags" ref={tagsField} type="text" defaultValue={(paper.userTags ?? []).join(', ')} />
        {error && (
          <p class="message message-error" role="alert">
            {error}
          </p>
        )}
        <div class="button-row">
          <button type="submit" class="button button-primary" data-testid="save-details">
            Save
          </button>
          <button type="button" class="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
