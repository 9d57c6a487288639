import { safeParse } from 'zod/mini';
import { log } from '../log';
import { describeStorageError } from '../db/errors';
import type { ScholarLensDatabase } from '../db/database';
import { libraryStats, setSaved, upsertPapers } from '../db/papers';
import { Request } from '../messaging/messages';
import { tagPaper } from '../analysis/topics/keyword-tagger';
import type { Paper } from '../model';

/**
 * Validates a raw message and runs it against the database. Always resolves with a response
 * object (`ok: false` with a code and a user-facing message on failure), so a sender never hangs.
 */
export async function handleRequest(raw: unknown, openDatabase: () => ScholarLensDatabase): Promise<unknown> {
  const parsed = safeParse(Request, raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'message';
    log.warn(`rejected an invalid message at ${where}: ${issue?.message ?? 'unknown'}`);
    return { ok: false, code: 'invalid-message', error: `Invalid message: ${where} ${issue?.message ?? ''}`.trim() };
  }
  const request = parsed.data;
  if (request.type === 'papers/tag') return { ok: true, topics: request.papers.map((paper) => tagPaper(paper)) };
  try {
    const db = openDatabase();
    switch (request.type) {
      case 'papers/upsert':
        return { ok: true, states: await upsertPapers(db, request.profile, request.papers.map(withTopics)) };
      case 'paper/set-saved': {
        const state = await setSaved(db, request.id, request.saved);
        if (!state) return { ok: false, code: 'not-found', error: `No stored paper has id ${request.id}. Reload the page and try again.` };
        return { ok: true, state };
      }
      case 'library/stats':
        return { ok: true, ...(await libraryStats(db)) };
    }
  } catch (error) {
    const described = describeStorageError(error);
    log.error(`${request.type} failed`, error);
    return { ok: false, ...described };
  }
}

/** Tags a paper unless its page already gave topics (such as arXiv categories). */
function withTopics(paper: Paper): Paper {
  return paper.topics.length > 0 ? paper : { ...paper, topics: tagPaper(paper) };
}
