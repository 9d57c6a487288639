import { CLASSES, FIELDS } from '../analysis/topics/taxonomy';
import type { Topic } from '../model';

/** Topic labels found in an entry's keywords, and the other keywords, which become the user's tags. */
export interface ReadKeywords {
  topics: Topic[];
  tags: string[];
}

/**
 * Topics by the label the exporters write as a keyword: every arXiv class name and OpenAlex field
 * name of the taxonomy, which are the only labels the tagger, arXiv categories and topic
 * corrections give. Of two classes with one label ("Machine Learning" is cs.LG and stat.ML), the
 * first listed is kept, and a class keeps a label it shares with a field ("Materials Science").
 */
const TOPICS_BY_LABEL = new Map<string, Topic>();
for (const [classId, [field, label]] of Object.entries(CLASSES)) {
  if (!TOPICS_BY_LABEL.has(label)) TOPICS_BY_LABEL.set(label, { field, class: classId, label, score: 1, tier: 'keyword' });
}
for (const field of Object.keys(FIELDS)) {
  if (!TOPICS_BY_LABEL.has(field)) TOPICS_BY_LABEL.set(field, { field, label: field, score: 1, tier: 'keyword' });
}

/** Maximum number of comma-separated parts in one label ("Computational Engineering, Finance, and Science" has three). */
const MAX_LABEL_PARTS = Math.max(...Array.from(TOPICS_BY_LABEL.keys(), (label) => label.split(',').length));

/**
 * Splits an entry's keyword list into topic labels and tags. The exporters join keywords with
 * ", ", but some labels contain a comma themselves ("Distributed, Parallel, and Cluster
 * Computing"), so the parts that form a label are joined again. A keyword matches a label only
 * when it is spelled exactly as the taxonomy spells it.
 * NOTE: a keyword another tool wrote that happens to equal a label ("Databases") becomes a topic, not a tag.
 */
export function readKeywords(text: string | undefined): ReadKeywords {
  const parts = (text ?? '').split(/[,;]/).map((part) => part.trim());
  const topics: Topic[] = [];
  const tags: string[] = [];

  for (let start = 0; start < parts.length; start++) {
    const end = labelEnd(parts, start);
    const keyword = parts.slice(start, end + 1).join(', ');
    start = end;
    if (!keyword) continue;

    const topic = TOPICS_BY_LABEL.get(keyword);
    if (topic && !topics.some((known) => known.label === topic.label)) topics.push({ ...topic });
    else if (!topic && !tags.includes(keyword)) tags.push(keyword);
  }
  return { topics, tags };
}

/** Returns the index of the last part of the longest label that starts at `start`, or `start` itself. */
function labelEnd(parts: string[], start: number): number {
  for (let end = Math.min(parts.length, start + MAX_LABEL_PARTS) - 1; end > start; end--) {
    if (TOPICS_BY_LABEL.has(parts.slice(start, end + 1).join(', '))) return end;
  }
  return start;
}
