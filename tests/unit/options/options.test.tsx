import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Options } from '../../../components/options/Options';
import { loadSettings, savePanelCollapsed, saveSettings } from '../../../lib/settings/settings';

let container: HTMLElement;

beforeEach(() => {
  fakeBrowser.reset();
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
  vi.restoreAllMocks();
});

function checkbox(testId: string): HTMLInputElement {
  const input = container.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`);
  if (!input) throw new Error(`no checkbox with data-testid="${testId}"`);
  return input;
}

async function toggle(testId: string): Promise<void> {
  const input = checkbox(testId);
  input.checked = !input.checked;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await vi.waitFor(() => expect(container.querySelector('[data-testid="options-status"]')).not.toBeNull());
}

describe('Options', () => {
  it('lists every site turned on', async () => {
    render(<Options sites={['google-scholar', 'dblp']} />, container);
    await vi.waitFor(() => expect(checkbox('site-google-scholar').checked).toBe(true));
    expect(checkbox('site-dblp').checked).toBe(true);
    expect(container.textContent).toContain('Google Scholar');
  });

  it('turns a site off', async () => {
    render(<Options sites={['google-scholar', 'dblp']} />, container);
    await vi.waitFor(() => checkbox('site-dblp'));
    await toggle('site-dblp');
    expect((await loadSettings()).sites).toEqual({ dblp: false });
    expect(container.textContent).toContain('Saved.');
  });

  it('hides row overlays', async () => {
    render(<Options sites={['google-scholar']} />, container);
    await vi.waitFor(() => checkbox('overlay-rowOverlays'));
    await toggle('overlay-rowOverlays');
    expect(await loadSettings()).toMatchObject({ rowOverlays: false, profilePanel: true });
  });

  it('keeps a panel folded meanwhile', async () => {
    render(<Options sites={['google-scholar', 'dblp']} />, container);
    await vi.waitFor(() => checkbox('site-dblp'));
    // A Scholar tab folds its panel while the options page is open.
    await savePanelCollapsed(true);
    await toggle('site-dblp');
    expect(await loadSettings()).toMatchObject({ sites: { dblp: false }, panelCollapsed: true });
  });

  it('keeps two quick changes', async () => {
    render(<Options sites={['google-scholar', 'dblp']} />, container);
    await vi.waitFor(() => checkbox('site-dblp'));
    // Both changes happen before the page renders again.
    for (const testId of ['site-dblp', 'overlay-profilePanel']) {
      const input = checkbox(testId);
      input.checked = !input.checked;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }
    await vi.waitFor(async () => expect(await loadSettings()).toMatchObject({ sites: { dblp: false }, profilePanel: false }));
    expect(checkbox('site-dblp').checked).toBe(false);
    expect(checkbox('overlay-profilePanel').checked).toBe(false);
  });

  it('shows stored choices', async () => {
    await saveSettings({ sites: { 'google-scholar': false }, rowOverlays: true, profilePanel: false });
    render(<Options sites={['google-scholar']} />, container);
    await vi.waitFor(() => expect(checkbox('site-google-scholar').checked).toBe(false));
    expect(checkbox('overlay-profilePanel').checked).toBe(false);
  });

  it('reports a failed save', async () => {
    vi.spyOn(browser.storage.local, 'set').mockRejectedValue(new Error('quota exceeded'));
    render(<Options sites={['google-scholar']} />, container);
    await vi.waitFor(() => checkbox('site-google-scholar'));
    await toggle('site-google-scholar');
    const status = container.querySelector('[data-testid="options-status"]');
    expect(status?.getAttribute('role')).toBe('alert');
    expect(status?.textContent).toContain('quota exceeded');
    expect(checkbox('site-google-scholar').checked).toBe(true);
  });

  it('states the privacy promise', async () => {
    render(<Options sites={['google-scholar']} />, container);
    await vi.waitFor(() => expect(container.querySelector('[data-testid="privacy-promise"]')?.textContent).toContain('sends nothing anywhere'));
  });
});
