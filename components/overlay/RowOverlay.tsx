import type { Paper, Topic } from '@/lib/model';
import type { PaperState } from '@/lib/messaging/messages';
import { TopicTag } from './TopicTag';
import { confidentBest } from '@/lib/analysis/topics/confidence';
import { isHttpUrl } from '../safe-url';

interface Props {
  paper: Paper;
  state: PaperState | null;
  storageError: string | null;
  onToggleSave: () => void;
  /** Stores the user's topic correction, or clears it with null. */
  onSetTopics?: (topics: Topic[] | null) => void;
}

/** Tags after the first with a score below this are left off the row as too uncertain to show. */
const MIN_SHOWN_SCORE = 0.1;

/** Returns the best tag and up to two more that are likely enough to show; user tags always show. */
export function shownTopics(topics: Topic[]): Topic[] {
  // When even the best tag is too weak to show, the weaker ones are left off with it.
  if (!confidentBest(topics)) return topics.filter((topic) => topic.tier === 'user');
  const labels = new Set<string>();
  return topics.slice(0, 3).filter((topic, index) => {
    // Two classes can share a label (cs.LG and stat.ML are both "Machine Learning"); show it once.
    if (labels.has(topic.label)) return false;
    labels.add(topic.label);
    return index === 0 || topic.tier === 'user' || topic.score >= MIN_SHOWN_SCORE;
  });
}

/** Topic tags, a code badge and a save toggle under one paper row. */
export function RowOverlay({ paper, state, storageError, onToggleSave, onSetTopics }: Props) {
  const topics: Topic[] = state?.userTopics ?? paper.topics;
  const codeLinks = [...paper.codeLinks, ...(state?.codeLinks ?? [])].filter((link) => isHttpUrl(link.url));
  const code = codeLinks[0];
  const saved = state?.saved ?? false;
  const stored = state !== null;
  return (
    <div class="row" data-testid="row-overlay">
      {shownTopics(topics).map((topic) => (
        <TopicTag key={topic.class ?? topic.field} topic={topic} topics={topics} onSetTopics={stored ? onSetTopics : undefined} />
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
