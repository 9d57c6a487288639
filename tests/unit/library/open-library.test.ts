import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { handleRequest } from '../../../lib/background/handler';
import { ScholarLensDatabase } from '../../../lib/db/database';

const openDatabase = () => new ScholarLensDatabase(`test-${crypto.randomUUID()}`);

afterEach(() => vi.restoreAllMocks());

describe('library/open request', () => {
  it('opens library with profile export', async () => {
    const create = vi.spyOn(browser.tabs, 'create');

    const response = await handleRequest({ type: 'library/open', profile: 'google-scholar:AbC-12', export: 'bibtex' }, openDatabase);

    expect(response).toEqual({ ok: true });
    expect(create).toHaveBeenCalledWith({
      url: browser.runtime.getURL('/library.html?profile=google-scholar%3AAbC-12&export=bibtex' as '/library.html'),
    });
  });

  it('rejects unknown format', async () => {
    const create = vi.spyOn(browser.tabs, 'create');
    vi.spyOn(console, 'warn').mockImplementation(() => {});

    const response = await handleRequest({ type: 'library/open', profile: 'google-scholar:x', export: 'docx' }, openDatabase);

    expect(response).toMatchObject({ ok: false, code: 'invalid-message' });
    expect(create).not.toHaveBeenCalled();
  });

  it('reports failed tab', async () => {
    vi.spyOn(browser.tabs, 'create').mockRejectedValue(new Error('no window'));
    vi.spyOn(console, 'error').mockImplementation(() => {});

    const response = await handleRequest({ type: 'library/open' }, openDatabase);

    expect(response).toMatchObject({ ok: false, code: 'internal' });
  });
});
