import { useEffect, useState } from 'preact/hooks';
import type { Topic } from '@/lib/model';
import type { TopicChoice } from '@/lib/messaging/messages';
import { sendRequest } from '@/lib/messaging/client';
import { log } from '@/lib/log';

interface Props {
  topic: Topic;
  topics: Topic[];
  onSetTopics: (topics: Topic[] | null) => void;
}

/** The correction menu's choices, requested once per page from the background, which contains the taxonomy. */
let choicesRequest: Promise<TopicChoice[] | string> | null = null;

function loadChoices(): Promise<TopicChoice[] | string> {
  choicesRequest ??= sendRequest({ type: 'topics/choices' }).then((response) => {
    if (response.ok) return response.fields;
    choicesRequest = null;
    log.warn(`loading the topic choices failed: ${response.error}`);
    return response.error;
  });
  return choicesRequest;
}

/** Builds the user's tag for a menu value, `class:<id>` or `field:<name>`; null for a value not among `choices`. */
export function userTopic(value: string, choices: readonly TopicChoice[]): Topic | null {
  if (value.startsWith('class:')) {
    const id = value.slice('class:'.length);
    for (const { field, classes } of choices) {
      const entry = classes.find((option) => option.id === id);
      if (entry) return { field, class: id, label: entry.label, score: 1, tier: 'user' };
    }
    return null;
  }
  const field = value.slice('field:'.length);
  return choices.some((choice) => choice.field === field) ? { field, label: field, score: 1, tier: 'user' } : null;
}

/**
 * Replaces or removes one tag, or returns the paper to the tagger's own tags. A topic chosen in the
 * list applies with **Replace**, so that arrow keys can move through the list first.
 */
export function TopicExplainEditor({ topic, topics, onSetTopics }: Props) {
  const [choices, setChoices] = useState<TopicChoice[] | string | null>(null);
  const [chosenValue, setChosenValue] = useState('');
  useEffect(() => void loadChoices().then(setChoices), []);
  const others = topics.filter((other) => other !== topic);
  const replace = (value: string) => {
    const chosen = Array.isArray(choices) ? userTopic(value, choices) : null;
    if (!chosen) return;
    const rest = others.filter((other) => (other.class ?? other.field) !== (chosen.class ?? chosen.field));
    onSetTopics([chosen, ...rest.map(asUserTopic)].slice(0, 3));
  };
  return (
    <div class="editor">
      {typeof choices === 'string' ? (
        <p class="alert" role="alert">
          The topic list could not be loaded: {choices}
        </p>
      ) : (
        <>
          <label>
            Replace with{' '}
            <select
              value={chosenValue}
              onChange={(event) => setChosenValue(event.currentTarget.value)}
              disabled={choices === null}
              data-testid="topic-replace"
            >
              <option value="">{choices === null ? 'loading topics…' : 'choose a topic…'}</option>
              {choices?.map(({ field, classes }) => (
                <optgroup key={field} label={field}>
                  <option value={`field:${field}`}>{field} (whole field)</option>
                  {classes.map(({ id, label }) => (
                    <option key={id} value={`class:${id}`}>
                      {label} ({id})
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => replace(chosenValue)} disabled={chosenValue === ''} data-testid="topic-replace-apply">
            Replace
          </button>
        </>
      )}
      {others.length > 0 && (
        <button type="button" onClick={() => onSetTopics(others.map(asUserTopic))} data-testid="topic-remove">
          Remove this tag
        </button>
      )}
      {topics.some((other) => other.tier === 'user') && (
        <button type="button" onClick={() => onSetTopics(null)} data-testid="topic-reset">
          Use automatic tags
        </button>
      )}
    </div>
  );
}

/** Keeps a tag the user left in place as part of the correction, with the words it was given for. */
function asUserTopic(topic: Topic): Topic {
  const kept: Topic = { field: topic.field, label: topic.label, score: 1, tier: 'user' };
  if (topic.class) kept.class = topic.class;
  if (topic.evidence?.length) kept.evidence = topic.evidence;
  return kept;
}
