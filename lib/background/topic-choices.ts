import { CLASSES, FIELDS } from '../analysis/topics/taxonomy';
import type { TopicChoice } from '../messaging/messages';

let cached: TopicChoice[] | null = null;

/**
 * Returns the choices of the topic-correction menu: the taxonomy's fields sorted by name, each
 * with its classes in taxonomy order. Content scripts ask for them by message, so they do not
 * bundle the taxonomy.
 */
export function topicChoices(): TopicChoice[] {
  if (cached) return cached;
  const byField = new Map<string, TopicChoice['classes']>(Object.keys(FIELDS).sort().map((field) => [field, []]));
  for (const [id, [field, label]] of Object.entries(CLASSES)) byField.get(field)?.push({ id, label });
  cached = Array.from(byField, ([field, classes]) => ({ field, classes }));
  return cached;
}
