import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleRequest } from '../../../lib/background/handler';
import { DATABASE_NAME, ScholarLensDatabase } from '../../../lib/db/database';
import { pageRead, scholarPaper } from '../../helpers/papers';

/**
 * An MV3 service worker can stop between any two messages; the next message starts a new
 * worker with fresh module state. These tests model that at unit level, because Playwright
 * cannot stop an extension's service worker and chrome://serviceworker-internals is not
 * scriptable: each "restart" is a new database instance or a freshly imported background.
 */
const fjord = scholarPaper({ title: 'Fjord circulation in winter', ids: { scholarArticle: 'QQQQ:AAAA' } });
const salt = scholarPaper({ title: 'Salt wedges in tidal rivers', ids: { scholarArticle: 'QQQQ:BBBB' } });

type Listener = (message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => unknown;

/** Imports the background entry as a new worker would and returns its message listener. */
async function startBackground(): Promise<Listener> {
  vi.resetModules();
  // Site access uses permission and scripting APIs that the fake browser lacks; it keeps no papers.
  vi.doMock('../../../lib/background/site-access', () => ({ watchSiteAccess: () => undefined }));
  const addListener = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
  const { default: background } = await import('../../../entrypoints/background');
  background.main();
  const listener = addListener.mock.calls.at(-1)?.[0] as unknown as Listener | undefined;
  addListener.mockRestore();
  if (!listener) throw new Error('the background registered no message listener');
  return listener;
}

function send(listener: Listener, message: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    expect(listener(message, {}, resolve)).toBe(true);
  });
}

/** Fails with the whole response, so a storage error shows its code and message. */
function expectOk(response: unknown): void {
  expect((response as { ok?: unknown }).ok, JSON.stringify(response)).toBe(true);
}

const names: string[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('background restart', () => {
  it('keeps papers across database instances', async () => {
    const name = `restart-${crypto.randomUUID()}`;
    names.push(name);
    const first = new ScholarLensDatabase(name);
    expectOk(await handleRequest({ type: 'papers/upsert', profile: null, ...pageRead([fjord, salt]) }, () => first));
    first.close();

    const second = new ScholarLensDatabase(name);
    const saved = await handleRequest({ type: 'paper/set-saved', id: fjord.id, saved: true }, () => second);
    expectOk(saved);
    second.close();

    const third = new ScholarLensDatabase(name);
    expect(await handleRequest({ type: 'library/stats' }, () => third)).toEqual({ ok: true, stored: 2, saved: 1 });
    third.close();
  });

  it('keeps papers when the worker restarts between messages', async () => {
    names.push(DATABASE_NAME);
    const before = await startBackground();
    expectOk(await send(before, { type: 'papers/upsert', profile: null, ...pageRead([fjord, salt]) }));

    const after = await startBackground();
    expect(after).not.toBe(before);
    expectOk(await send(after, { type: 'paper/set-saved', id: salt.id, saved: true }));

    const again = await startBackground();
    expect(await send(again, { type: 'library/stats' })).toEqual({ ok: true, stored: 2, saved: 1 });
  });

  it('finishes a write begun before a restart', async () => {
    names.push(DATABASE_NAME);
    const before = await startBackground();
    const pending = send(before, { type: 'papers/upsert', profile: null, ...pageRead([fjord]) });
    const after = await startBackground();
    const second = send(after, { type: 'papers/upsert', profile: null, ...pageRead([fjord, salt]) });
    expectOk(await pending);
    expectOk(await second);
    expect(await send(after, { type: 'library/stats' })).toEqual({ ok: true, stored: 2, saved: 0 });
  });
});
