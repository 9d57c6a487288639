import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startContentHost } from '../../../lib/content/host';
import { saveSettings } from '../../../lib/settings/settings';
import { googleScholar } from '../../../lib/sites/google-scholar';

const PROFILE_URL = 'https://scholar.google.com/citations?user=QQQQ&hl=en';
const ROW = `<tr class="gsc_a_tr"><td class="gsc_a_t">
  <a class="gsc_a_at" href="/citations?view_op=view_citation&amp;user=QQQQ&amp;citation_for_view=QQQQ:AAAA">Fjord circulation in winter</a>
  <div class="gs_gray">M Solberg</div><div class="gs_gray">Journal of Coastal Studies</div></td>
  <td class="gsc_a_c"><a class="gsc_a_ac" href="">3</a></td><td class="gsc_a_y"><span class="gsc_a_h">2020</span></td></tr>`;

function context(): ContentScriptContext {
  return { onInvalidated: vi.fn() } as unknown as ContentScriptContext;
}

beforeEach(() => {
  fakeBrowser.reset();
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(PROFILE_URL);
  document.body.innerHTML = `<div id="gsc_prf_in">Maren Solberg</div><table id="gsc_a_t"><tbody id="gsc_a_b">${ROW}</tbody></table>`;
});

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('content host settings', () => {
  it('does nothing on a site turned off', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    await saveSettings({ sites: { 'google-scholar': false }, rowOverlays: true, profilePanel: true });
    await startContentHost(context(), googleScholar);
    expect(document.querySelectorAll('[data-scholar-lens]')).toHaveLength(0);
    expect(send).not.toHaveBeenCalled();
  });

  it('draws on a site turned on', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: false, code: 'internal', error: 'not under test' });
    await startContentHost(context(), googleScholar);
    // happy-dom lays nothing out, so no row counts as in view and its overlay is drawn in a later task.
    await vi.waitFor(() => expect(document.querySelectorAll('[data-scholar-lens="row"]')).toHaveLength(1));
    expect(document.querySelectorAll('[data-scholar-lens="panel"]')).toHaveLength(1);
  });

  it('hides overlays turned off', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: false, code: 'internal', error: 'not under test' });
    await saveSettings({ sites: {}, rowOverlays: false, profilePanel: false });
    await startContentHost(context(), googleScholar);
    await vi.waitFor(() => expect(document.querySelector('[data-scholar-lens="row"]')).not.toBeNull());
    const row = document.querySelector<HTMLElement>('[data-scholar-lens="row"]');
    const panel = document.querySelector<HTMLElement>('[data-scholar-lens="panel"]');
    expect(row?.hidden).toBe(true);
    expect(panel?.hidden).toBe(true);
  });
});

describe('content host following the options', () => {
  beforeEach(() => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: false, code: 'internal', error: 'not under test' });
  });

  const hosts = (kind: string) => Array.from(document.querySelectorAll<HTMLElement>(`[data-scholar-lens="${kind}"]`));

  it('hides and shows drawn overlays when they are turned off and on', async () => {
    await startContentHost(context(), googleScholar);
    await vi.waitFor(() => expect(hosts('row')).toHaveLength(1));
    await saveSettings({ sites: {}, rowOverlays: false, profilePanel: false });
    await vi.waitFor(() => expect([...hosts('row'), ...hosts('panel')].map((host) => host.hidden)).toEqual([true, true]));
    await saveSettings({ sites: {}, rowOverlays: true, profilePanel: true });
    await vi.waitFor(() => expect([...hosts('row'), ...hosts('panel')].map((host) => host.hidden)).toEqual([false, false]));
  });

  it('removes and redraws overlays with the site', async () => {
    await startContentHost(context(), googleScholar);
    await vi.waitFor(() => expect(hosts('row')).toHaveLength(1));
    await saveSettings({ sites: { 'google-scholar': false }, rowOverlays: true, profilePanel: true });
    await vi.waitFor(() => expect(document.querySelectorAll('[data-scholar-lens]')).toHaveLength(0));
    await saveSettings({ sites: {}, rowOverlays: true, profilePanel: true });
    await vi.waitFor(() => expect(hosts('row')).toHaveLength(1));
    expect(hosts('panel')).toHaveLength(1);
  });

  it('draws on a site turned on after the page loaded', async () => {
    await saveSettings({ sites: { 'google-scholar': false }, rowOverlays: true, profilePanel: true });
    await startContentHost(context(), googleScholar);
    expect(hosts('row')).toHaveLength(0);
    await saveSettings({ sites: {}, rowOverlays: true, profilePanel: true });
    await vi.waitFor(() => expect(hosts('row')).toHaveLength(1));
  });
});

describe('content host address', () => {
  // The match pattern `*://scholar.google.com/citations*` includes this address, the adapter does not.
  it('ignores an address the adapter does not claim', async () => {
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
      'https://scholar.google.com/citations-old?user=QQQQ',
    );
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    await startContentHost(context(), googleScholar);
    expect(document.querySelectorAll('[data-scholar-lens]')).toHaveLength(0);
    expect(send).not.toHaveBeenCalled();
  });
});

describe('content host rows', () => {
  it('skips its own overlay hosts', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: false, code: 'internal', error: 'not under test' });
    const readRows = vi.spyOn(googleScholar, 'rows');
    await startContentHost(context(), googleScholar);
    await vi.waitFor(() => expect(document.querySelectorAll('[data-scholar-lens="row"]')).toHaveLength(1));
    // Mutation records arrive in a microtask after the insertion.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const readRoots = readRows.mock.calls.map(([root]) => (root as Element).localName);
    expect(readRoots).not.toContain('scholar-lens-row');
  });
});
