import { useEffect, useRef } from 'preact/hooks';
import type { Topic } from '@/lib/model';
import { TopicExplainEditor } from './TopicExplainEditor';

interface Props {
  id: string;
  topic: Topic;
  topics: Topic[];
  onSetTopics?: ((topics: Topic[] | null) => void) | undefined;
  onClose: () => void;
}

/** How each tier decides a tag, in the reader's words. */
const TIER_TEXT: Record<Topic['tier'], string> = {
  'arxiv-category': 'arXiv category shown on the page',
  venue: 'the venue',
  lexicon: 'words in the title, and in the abstract where the page shows one',
  'profile-prior': "a close call, settled by this profile's usual topics",
  user: 'your correction',
  keyword: 'a keyword of an imported file',
};

/** Tiers whose score means nothing to the reader: a correction and an imported keyword carry none. */
const UNSCORED_TIERS = new Set<Topic['tier']>(['user', 'keyword']);

/** Shows why a tag was given (tier, evidence, score) and a form to correct it. Escape closes it. */
export function TopicExplain({ id, topic, topics, onSetTopics, onClose }: Props) {
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.focus(), []);
  return (
    <div id={id} class="explain" role="group" aria-label={`Why ${topic.label}`} tabIndex={-1} ref={panel} data-testid="topic-explain">
      <p class="explain-head">
        <strong>{topic.label}</strong>
        <span class="muted">
          {' '}
          {topic.field}
          {topic.class ? ` › ${topic.class}` : ''}
        </span>
      </p>
      <p>
        From {TIER_TEXT[topic.tier]}
        {UNSCORED_TIERS.has(topic.tier) ? '' : `, score ${topic.score.toFixed(2)}`}.
      </p>
      {topic.evidence && topic.evidence.length > 0 && (
        <p data-testid="topic-evidence">
          Matched: <span class="evidence">{topic.evidence.join(', ')}</span>
        </p>
      )}
      {onSetTopics && <TopicExplainEditor topic={topic} topics={topics} onSetTopics={onSetTopics} />}
      <button type="button" class="link" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
