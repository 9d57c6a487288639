import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startGenericHost } from '../../../lib/content/generic-host';
import { saveSettings } from '../../../lib/settings/settings';
import { fixturePath } from '../../helpers/pages';

const STARTED = Symbol.for('scholar-lens.generic-host');

let stops: (() => void)[] = [];

/** Builds a context whose invalidation callbacks run after each test, as when the extension reloads. */
function context(): ContentScriptContext {
  return { onInvalidated: (stop: () => void) => stops.push(stop) } as unknown as ContentScriptContext;
}

function openPage(url: string, file: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  const html = readFileSync(fixturePath('generic', file), 'utf8');
  document.body.innerHTML = /<body>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '';
}

beforeEach(() => {
  fakeBrowser.reset();
  delete (globalThis as { [STARTED]?: boolean })[STARTED];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: false, code: 'internal', error: 'not under test' });
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Scholar Lens',
    version: '0.1.0',
    content_scripts: [{ matches: ['*://scholar.google.com/citations*'], js: ['content-scripts/google-scholar.js'] }],
  });
});

afterEach(() => {
  stops.forEach((stop) => stop());
  stops = [];
  document.querySelectorAll('[data-scholar-lens]').forEach((host) => host.remove());
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('generic content host', () => {
  it('draws overlays on a publication list', async () => {
    openPage('https://nokafor.example.org/publication/', 'positive/hugo-style.html');
    await startGenericHost(context());
    // happy-dom lays nothing out, so no row counts as in view and every overlay is drawn in a later task.
    await vi.waitFor(() => expect(document.querySelectorAll('[data-scholar-lens="row"]')).toHaveLength(3));
    expect(document.querySelectorAll('[data-scholar-lens="panel"]')).toHaveLength(1);
  });

  it('draws nothing on a news page', async () => {
    openPage('https://physics.example.org/news/', 'negative/news-department.html');
    await startGenericHost(context());
    expect(document.querySelectorAll('[data-scholar-lens]')).toHaveLength(0);
    expect(fakeBrowser.runtime.sendMessage).not.toHaveBeenCalled();
  });

  it('starts once when injected twice', async () => {
    openPage('https://nokafor.example.org/publication/', 'positive/hugo-style.html');
    await startGenericHost(context());
    await startGenericHost(context());
    await vi.waitFor(() => expect(document.querySelectorAll('[data-scholar-lens="row"]')).toHaveLength(3));
  });

  it('leaves site script pages alone', async () => {
    openPage('https://scholar.google.com/citations?user=QQQQ', 'positive/hugo-style.html');
    await startGenericHost(context());
    expect(document.querySelectorAll('[data-scholar-lens]')).toHaveLength(0);
  });

  it('respects the generic site setting', async () => {
    await saveSettings({ sites: { generic: false }, rowOverlays: true, profilePanel: true });
    openPage('https://nokafor.example.org/publication/', 'positive/hugo-style.html');
    await startGenericHost(context());
    expect(document.querySelectorAll('[data-scholar-lens]')).toHaveLength(0);
  });
});
