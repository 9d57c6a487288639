import { safeParse } from 'zod/mini';
import { log } from '../log';
import { describeStorageError } from '../db/errors';
import type { ScholarLensDatabase } from '../db/database';
import { libraryStats, setSaved, setUserTopics, upsertPapers } from '../db/papers';
import { tagStoredPapers } from '../db/tag-stored';
import { Request } from '../messaging/messages';
import { tagPaper } from '../analysis/topics/tagger';
import { shippedScorer } from '../analysis/topics/learned';
import { TAGGER_VERSION, tagProfilePapers } from '../analysis/topics/tag-papers';
import { browser } from 'wxt/browser';
import { handleAnalyzeRequest, openGraphTab } from '../analysis/collaboration/requests';
import { byRequestIndex, checkRecordsAsRead } from './records';
import { topicChoices } from './topic-choices';

const TAGGER = { version: TAGGER_VERSION, tagPapers: tagProfilePapers };

/** Upserts in progress. Analysis waits for them, so that computing groups does not delay storing a page. */
let storing: Promise<void> = Promise.resolve();

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
  try {
    if (request.type === 'papers/tag') return { ok: true, topics: request.papers.map((paper) => tagPaper(paper)) };
    if (request.type === 'library/open') return await openLibraryTab(request);
    if (request.type === 'profile/analyze') {
      await storing;
      return handleAnalyzeRequest(request);
    }
    if (request.type === 'graph/open') return await openGraphTab(request.profile);
    if (request.type === 'topics/choices') return { ok: true, fields: topicChoices() };
    if (request.type === 'tagger/prepare') {
      // The index is built after the reply, and a worker that has it already returns at once.
      setTimeout(() => shippedScorer(), 0);
      // The database opens now too, so that the page's first store does not wait for it. A failure
      // here is reported by that store, with what the user can do.
      openDatabase()
        .open()
        .catch((error: unknown) => log.warn('opening the database ahead of storing failed', error));
      return { ok: true };
    }
  } catch (error) {
    log.error(`${request.type} failed`, error);
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, code: 'internal', error: `Scholar Lens could not complete ${request.type}: ${detail}. Reload the page and try again.` };
  }
  try {
    const db = openDatabase();
    switch (request.type) {
      case 'papers/upsert': {
        // Records are validated as the store reads them. Tags follow in `papers/tag-stored`, so that
        // the page's save toggles do not wait for them.
        const { checked, papers } = checkRecordsAsRead(request.papers, request.sighting);
        const upsert = upsertPapers(db, request.profile, papers);
        // Settles to undefined, so that finished upserts' states are not kept in memory.
        storing = Promise.allSettled([storing, upsert]).then(() => undefined);
        const states = await upsert;
        for (const rejected of checked.rejected) log.warn(`papers/upsert: rejected ${rejected.error}`);
        return { ok: true, states: byRequestIndex(checked, request.papers.length, states), rejected: checked.rejected };
      }
      case 'papers/tag-stored':
        return { ok: true, topics: await tagStoredPapers(db, request.ids, request.profile, TAGGER) };
      case 'paper/set-saved': {
        const state = await setSaved(db, request.id, request.saved);
        if (!state) return { ok: false, code: 'not-found', error: `No stored paper has id ${request.id}. Reload the page and try again.` };
        return { ok: true, state };
      }
      case 'paper/set-topics': {
        const state = await setUserTopics(db, request.id, request.topics);
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

/**
 * Opens the library page in a new tab, as `library.html?profile=…&export=…`. Content scripts
 * cannot open extension pages themselves, so the profile panel sends this request to the background.
 */
async function openLibraryTab(request: Extract<Request, { type: 'library/open' }>): Promise<unknown> {
  const query = new URLSearchParams();
  if (request.profile) query.set('profile', request.profile);
  if (request.export) query.set('export', request.export);
  const search = query.size > 0 ? `?${query.toString()}` : '';
  const url = browser.runtime.getURL(`/library.html${search}`);
  try {
    await browser.tabs.create({ url });
    return { ok: true };
  } catch (error) {
    log.error(`opening ${url} in a new tab failed`, error);
    return { ok: false, code: 'internal', error: 'Scholar Lens could not open its library page. Open it from the toolbar popup.' };
  }
}
