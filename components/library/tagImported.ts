import { sendRequest } from '@/lib/messaging/client';
import { log } from '@/lib/log';

/** Papers per tagging request, so that the background tags a large import in steps. */
const TAG_CHUNK = 500;

/**
 * Asks the background to tag imported papers, as it tags the papers a page stores. Papers already
 * tagged from the same title, venue and abstract are left as they are. A failure is logged, and the
 * papers get their tags the next time a page lists them.
 */
export async function tagImportedPapers(ids: readonly string[]): Promise<void> {
  for (let start = 0; start < ids.length; start += TAG_CHUNK) {
    const chunk = ids.slice(start, start + TAG_CHUNK);
    const response = await sendRequest({ type: 'papers/tag-stored', ids: chunk, profile: null });
    if (!response.ok) {
      log.warn(`tagging ${ids.length} imported papers failed at paper ${start + 1}: ${response.error}`);
      return;
    }
  }
}
