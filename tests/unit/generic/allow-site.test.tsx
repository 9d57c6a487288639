import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AllowSite } from '@/components/popup/AllowSite';
import { GENERIC_SCRIPT_FILE } from '@/lib/background/site-access';

let container: HTMLElement;

function activeTab(url: string): void {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7, url } as never]);
}

function allowed(value: boolean): void {
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(value);
}

function byTestId(testId: string): HTMLElement | null {
  return container.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
}

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

describe('AllowSite', () => {
  it('offers to scan a homepage', async () => {
    activeTab('https://nokafor.example.org/publication/');
    allowed(false);
    render(<AllowSite />, container);
    await vi.waitFor(() => expect(byTestId('allow-site-button')).not.toBeNull());
  });

  it('hides on sites with their own adapter', async () => {
    activeTab('https://dblp.org/pid/12/345.html');
    allowed(false);
    render(<AllowSite />, container);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(byTestId('allow-site-section')).toBeNull();
  });

  it('hides on browser pages', async () => {
    activeTab('chrome://extensions/');
    render(<AllowSite />, container);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(byTestId('allow-site-section')).toBeNull();
  });

  it('requests the origin and injects the script', async () => {
    activeTab('https://nokafor.example.org/publication/');
    allowed(false);
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    render(<AllowSite />, container);
    await vi.waitFor(() => expect(byTestId('allow-site-button')).not.toBeNull());

    byTestId('allow-site-button')?.click();

    await vi.waitFor(() => expect(byTestId('allow-site-revoke')).not.toBeNull());
    expect(request).toHaveBeenCalledWith({ origins: ['https://nokafor.example.org/*'] });
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 7 }, files: [GENERIC_SCRIPT_FILE] });
  });

  it('injects nothing when access is declined', async () => {
    activeTab('https://nokafor.example.org/publication/');
    allowed(false);
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    render(<AllowSite />, container);
    await vi.waitFor(() => expect(byTestId('allow-site-button')).not.toBeNull());

    byTestId('allow-site-button')?.click();

    await vi.waitFor(() => expect(byTestId('allow-site-status')?.textContent).toContain('nokafor.example.org'));
    expect(inject).not.toHaveBeenCalled();
  });

  it('revokes access to an allowed site', async () => {
    activeTab('https://nokafor.example.org/publication/');
    allowed(true);
    const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true);
    render(<AllowSite />, container);
    await vi.waitFor(() => expect(byTestId('allow-site-revoke')).not.toBeNull());

    byTestId('allow-site-revoke')?.click();

    await vi.waitFor(() => expect(byTestId('allow-site-button')).not.toBeNull());
    expect(remove).toHaveBeenCalledWith({ origins: ['https://nokafor.example.org/*'] });
  });
});
