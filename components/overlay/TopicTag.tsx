import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Topic } from '@/lib/model';
import { fieldColor } from '@/lib/analysis/topics/colors';
import { TopicExplain } from './TopicExplain';

interface Props {
  topic: Topic;
  /** All tags of the paper, so a correction can replace one of them. */
  topics: Topic[];
  /** Stores the user's tags, or clears the correction with null. Absent where nothing can be stored. */
  onSetTopics?: ((topics: Topic[] | null) => void) | undefined;
}

/** Renders one topic tag, coloured by field. Activating it opens an explanation with a correction form. */
export function TopicTag({ topic, topics, onSetTopics }: Props) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  // Focus returns to the tag, so a keyboard user stays where they were.
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  useLayoutEffect(() => markHostOpen(button.current, open), [open]);
  const id = `topic-${(topic.class ?? topic.field).replace(/[^A-Za-z0-9-]/g, '-')}`;
  return (
    <span
      class={open ? 'tag-wrap open' : 'tag-wrap'}
      onKeyDown={(event) => event.key === 'Escape' && close()}
      // Focus moving elsewhere (Tab past the box, a click on the page) closes the explanation.
      onFocusOut={(event) => open && !event.currentTarget.contains(event.relatedTarget as Node | null) && setOpen(false)}
    >
      <button
        ref={button}
        type="button"
        class={topic.tier === 'user' ? 'tag user' : 'tag'}
        style={{ background: fieldColor(topic.field) }}
        aria-expanded={open}
        aria-controls={id}
        title={`${topic.field}${topic.class ? ` › ${topic.class}` : ''}: why this tag?`}
        onClick={() => setOpen(!open)}
        data-testid="topic-tag"
        data-tier={topic.tier}
      >
        {topic.label}
      </button>
      {open && (
        <TopicExplain id={id} topic={topic} topics={topics} onSetTopics={onSetTopics} onClose={close} />
      )}
    </span>
  );
}

/**
 * Sets `data-explaining` on the overlay's host while any of its explanations is open. A row host
 * clips what it paints (content-visibility implies paint containment), so the attribute lifts that.
 */
function markHostOpen(element: Element | null, open: boolean): void {
  const root = element?.getRootNode();
  if (!(root instanceof ShadowRoot)) return;
  // Every tag of a long list mounts closed, and then there is nothing to clear.
  if (!open && !root.host.hasAttribute('data-explaining')) return;
  root.host.toggleAttribute('data-explaining', open || root.querySelector('.tag-wrap.open') !== null);
}
