import type { PaperState } from '../messaging/messages';
import type { ScholarLensDatabase, StoredPaper } from './database';
import { stateOf } from './papers';

/**
 * Links `record` with `others` as versions of one work, both ways. Sets `record.versions` in
 * place and returns updated copies of the others.
 */
export function linkVersions(record: StoredPaper, others: StoredPaper[]): StoredPaper[] {
  const linked = others.filter((other) => other.id !== record.id);
  record.versions = union(record.versions ?? [], linked.map((other) => other.id));
  return linked.map((other) => ({ ...other, versions: union(other.versions ?? [], [record.id]) }));
}

/**
 * States for `records`, each with the code links and arXiv categories of its versions added,
 * so that a code link found on a preprint shows on the published paper's rows too.
 * `known` contains records already in memory; other versions are read from the database.
 */
export async function statesWithVersions(
  db: ScholarLensDatabase,
  records: StoredPaper[],
  known: Map<string, StoredPaper> = new Map(),
): Promise<PaperState[]> {
  const missing = new Set<string>();
  for (const record of records) for (const id of record.versions ?? []) if (!known.has(id)) missing.add(id);
  const loaded = missing.size > 0 ? await db.papers.bulkGet(Array.from(missing)) : [];
  const byId = new Map(known);
  for (const record of loaded) if (record) byId.set(record.id, record);

  return records.map((record) => {
    const state = stateOf(record);
    const versions = (record.versions ?? []).flatMap((id) => {
      const version = byId.get(id);
      return version ? [version] : [];
    });
    if (versions.length === 0) return state;
    const codeLinks = [...state.codeLinks];
    for (const link of versions.flatMap((version) => version.codeLinks)) {
      if (!codeLinks.some((known) => known.url === link.url)) codeLinks.push(link);
    }
    const hasCategories = state.topics.some((topic) => topic.tier === 'arxiv-category');
    const categories = hasCategories ? [] : versions.flatMap((version) => version.topics.filter((topic) => topic.tier === 'arxiv-category'));
    const topics = [...categories.filter((topic, index) => categories.findIndex((other) => other.class === topic.class) === index), ...state.topics];
    return { ...state, codeLinks, topics };
  });
}

function union(a: string[], b: string[]): string[] {
  return Array.from(new Set([...a, ...b]));
}
