import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SETTINGS_KEY, loadSettings, savePanelCollapsed, saveSettings, siteEnabled } from '../../../lib/settings/settings';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('settings', () => {
  it('defaults with nothing stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('reads back what was saved', async () => {
    const settings = { sites: { 'google-scholar': false }, rowOverlays: false, profilePanel: true };
    await saveSettings(settings);
    expect(await loadSettings()).toEqual(settings);
  });

  it('defaults on invalid stored settings', async () => {
    await browser.storage.local.set({ [SETTINGS_KEY]: { sites: { dblp: 'no' }, rowOverlays: 1 } });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('defaults when storage fails', async () => {
    vi.spyOn(browser.storage.local, 'get').mockRejectedValue(new Error('storage unavailable'));
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('rejects invalid settings on save', async () => {
    await expect(saveSettings({ sites: {}, rowOverlays: 'yes' } as never)).rejects.toThrow('rowOverlays');
    expect(await browser.storage.local.get(SETTINGS_KEY)).toEqual({});
  });

  it('keeps stored options with the panel state', async () => {
    await saveSettings({ sites: { dblp: false }, rowOverlays: false, profilePanel: true });
    await savePanelCollapsed(true);
    expect(await loadSettings()).toEqual({ sites: { dblp: false }, rowOverlays: false, profilePanel: true, panelCollapsed: true });
    await savePanelCollapsed(false);
    expect((await loadSettings()).panelCollapsed).toBe(false);
  });

  it('treats an unlisted site as on', () => {
    expect(siteEnabled(DEFAULT_SETTINGS, 'arxiv')).toBe(true);
    expect(siteEnabled({ ...DEFAULT_SETTINGS, sites: { arxiv: false } }, 'arxiv')).toBe(false);
  });
});
