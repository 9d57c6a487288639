import type { Topic } from '@/lib/model';
import { CLASSES, FIELDS } from '@/lib/analysis/topics/taxonomy';

interface Props {
  topic: Topic;
  topics: Topic[];
  onSetTopics: (topics: Topic[] | null) => void;
}

/** Classes grouped by field, fields sorted by name, for the correction menu. */
const GROUPS: [field: string, classes: [id: string, label: string][]][] = Object.keys(FIELDS)
  .sort()
  .map((field) => [
    field,
    Object.entries(CLASSES)
      .filter(([, entry]) => entry[0] === field)
      .map(([id, entry]) => [id, entry[1]] as [string, string]),
  ]);

/** Builds the user's tag for a menu value, `class:<id>` or `field:<name>`; null for an unknown value. */
export function userTopic(value: string): Topic | null {
  if (value.startsWith('class:')) {
    const id = value.slice('class:'.length);
    const entry = CLASSES[id];
    return entry ? { field: entry[0], class: id, label: entry[1], score: 1, tier: 'user' } : null;
  }
  const field = value.slice('field:'.length);
  return field in FIELDS ? { field, label: field, score: 1, tier: 'user' } : null;
}

/** Replaces or removes one tag, or returns the paper to the tagger's own tags. */
export function TopicExplainEditor({ topic, topics, onSetTopics }: Props) {
  const others = topics.filter((other) => other !== topic);
  const replace = (value: string) => {
    const chosen = userTopic(value);
    if (!chosen) return;
    const rest = others.filter((other) => (other.class ?? other.field) !== (chosen.class ?? chosen.field));
    onSetTopics([chosen, ...rest.map(asUserTopic)].slice(0, 3));
  };
  return (
    <div class="editor">
      <label>
        Replace with{' '}
        <select onChange={(event) => replace(event.currentTarget.value)} data-testid="topic-replace">
          <option value="">choose a topic…</option>
          {GROUPS.map(([field, classes]) => (
            <optgroup key={field} label={field}>
              <option value={`field:${field}`}>{field} (whole field)</option>
              {classes.map(([id, label]) => (
                <option key={id} value={`class:${id}`}>
                  {label} ({id})
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
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

/** Keeps a tag the user left in place as part of the correction. */
function asUserTopic(topic: Topic): Topic {
  const kept: Topic = { field: topic.field, label: topic.label, score: 1, tier: 'user' };
  if (topic.class) kept.class = topic.class;
  return kept;
}
