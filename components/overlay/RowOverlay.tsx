import { useEffect, useRef } from 'preact/hooks';
import type { PageRecord, Topic } from '@/lib/model';
import type { PaperState } from '@/lib/messaging/messages';
import { TopicTag } from './TopicTag';
import { shownTopics } from '@/lib/analysis/topics/confidence';
import { isHttpUrl } from '../safe-url';

interface Props {
  paper: PageRecord;
  state: PaperState | null;
  storageError: string | null;
  onToggleSave: () => void;
  /** Stores the user's topic correction, or clears it with null. */
  onSetTopics?: (topics: Topic[] | null) => void;
}

/** Topic tags, a code badge and a save toggle under one paper row. */
export function RowOverlay({ paper, state, storageError, onToggleSave, onSetTopics }: Props) {
  const topics: Topic[] = state?.userTopics ?? paper.topics;
  // A correction starts from the tags the row shows, so that tags too weak to show never become the user's.
  const shownTags = shownTopics(topics);
  const codeLinks = [...paper.codeLinks, ...(state?.codeLinks ?? [])].filter((link) => isHttpUrl(link.url));
  const code = codeLinks[0];
  const saved = state?.saved ?? false;
  const stored = state !== null;
  const row = useRef<HTMLDivElement>(null);
  const corrected = useRef(false);
  // A correction removes the tag whose form had focus, so focus moves to the row's first tag.
  useEffect(() => {
    if (!corrected.current) return;
    corrected.current = false;
    row.current?.querySelector<HTMLElement>('button.tag, button.save')?.focus();
  }, [topics]);
  const setTopics = (next: Topic[] | null) => {
    corrected.current = true;
    onSetTopics?.(next);
  };
  return (
    <div class="row" ref={row} data-testid="row-overlay">
      {shownTags.map((topic) => (
        <TopicTag key={topic.class ?? topic.field} topic={topic} topics={shownTags} onSetTopics={stored && onSetTopics ? setTopics : undefined} />
      ))}
      {code && (
        <a class="badge code" href={code.url} target="_blank" rel="noopener noreferrer" title={`Code: ${code.url}`} data-testid="code-badge">
          Code
        </a>
      )}
      <button
        type="button"
        class={saved ? 'save saved' : 'save'}
        aria-pressed={saved}
        aria-label={`${saved ? 'Saved' : 'Save'}: ${paper.title}`}
        aria-disabled={!stored}
        title={stored ? (saved ? 'Remove from your library' : 'Save to your library') : (storageError ?? 'Storing this paper…')}
        onClick={stored ? onToggleSave : undefined}
        data-testid="save-toggle"
      >
        {saved ? '★ Saved' : '☆ Save'}
      </button>
    </div>
  );
}
