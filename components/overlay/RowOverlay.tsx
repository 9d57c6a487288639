import type { Paper, Topic } from '@/lib/model';
import type { PaperState } from '@/lib/messaging/messages';
import { fieldColor } from '@/lib/analysis/topics/colors';
import { isHttpUrl } from '../safe-url';

interface Props {
  paper: Paper;
  state: PaperState | null;
  storageError: string | null;
  onToggleSave: () => void;
}

/** Topic tags, a code badge and a save toggle under one paper row. */
export function RowOverlay({ paper, state, storageError, onToggleSave }: Props) {
  const topics: Topic[] = state?.userTopics ?? paper.topics;
  const codeLinks = [...paper.codeLinks, ...(state?.codeLinks ?? [])].filter((link) => isHttpUrl(link.url));
  const code = codeLinks[0];
  const saved = state?.saved ?? false;
  const stored = state !== null;
  return (
    <div class="row" data-testid="row-overlay">
      {topics.slice(0, 3).map((topic) => (
        <span
          class="tag"
          key={topic.class ?? topic.field}
          style={{ background: fieldColor(topic.field) }}
          title={topicTooltip(topic)}
          data-testid="topic-tag"
        >
          {topic.label}
        </span>
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
        disabled={!stored}
        title={stored ? (saved ? 'Remove from your library' : 'Save to your library') : (storageError ?? 'Storing this paper…')}
        onClick={onToggleSave}
        data-testid="save-toggle"
      >
        {saved ? '★ Saved' : '☆ Save'}
      </button>
    </div>
  );
}

function topicTooltip(topic: Topic): string {
  const why = topic.evidence?.length ? `: ${topic.evidence.join(', ')}` : '';
  return `${topic.field}${topic.class ? ` › ${topic.class}` : ''} (${topic.tier}${why})`;
}
