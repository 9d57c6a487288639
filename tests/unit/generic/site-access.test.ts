import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { allowedPatterns, GENERIC_SCRIPT_FILE, originPattern, syncGenericScripts } from '../../../lib/background/site-access';

interface Script {
  id: string;
  matches?: string[];
  js?: string[];
}

let registered: Script[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  registered = [];
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Scholar Lens',
    version: '0.1.0',
    content_scripts: [{ matches: ['*://dblp.org/pid/*'], js: ['content-scripts/content.js'] }],
  });
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(async () => registered as never);
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (scripts) => {
    registered.push(...(scripts as Script[]));
  });
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation(async (filter) => {
    registered = registered.filter((script) => !filter?.ids?.includes(script.id));
  });
});

afterEach(() => vi.restoreAllMocks());

function grant(origins: string[]): void {
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({ origins, permissions: [] });
}

describe('generic site access', () => {
  it('builds an origin pattern', () => {
    expect(originPattern('https://example.org')).toBe('https://example.org/*');
  });

  it('lists only sites the user allowed', async () => {
    grant(['*://dblp.org/pid/*', 'https://example.org/*', 'https://*/*']);
    expect(await allowedPatterns()).toEqual(['https://example.org/*']);
  });

  it('registers allowed sites on start', async () => {
    grant(['https://example.org/*', 'http://lab.example.net/*']);
    await syncGenericScripts();
    expect(registered.map((script) => script.matches)).toEqual([['https://example.org/*'], ['http://lab.example.net/*']]);
    expect(registered[0]?.js).toEqual([GENERIC_SCRIPT_FILE]);
  });

  it('removes revoked sites on start', async () => {
    grant(['https://example.org/*']);
    await syncGenericScripts();
    grant([]);
    await syncGenericScripts();
    expect(registered).toEqual([]);
  });

  it('registers a site once', async () => {
    grant(['https://example.org/*']);
    await syncGenericScripts();
    await syncGenericScripts();
    expect(registered).toHaveLength(1);
  });
});
