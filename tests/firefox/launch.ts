import type { LaunchOptions } from 'puppeteer-core';

/** The Firefox add-on id from `wxt.config.ts`. */
export const ADDON_ID = 'scholar-lens@scholar-lens.dev';

/** Fixed moz-extension UUID, so the test knows the popup's address in advance. */
export const EXTENSION_UUID = '6f1d3c2a-8b4e-4f7a-9c1d-2e5b7a9f0c31';

/** Port 9 (discard) on loopback: any request that escapes interception fails at once. */
const DEAD_PROXY_PORT = 9;

/**
 * Launch options for headless firefox-esr over WebDriver BiDi with every network path closed:
 * all proxies point at a dead loopback port, DNS over HTTPS is off and Remote Settings points
 * at loopback. Firefox reads `services.settings.server` only when MOZ_REMOTE_SETTINGS_DEVTOOLS=1.
 */
export function firefoxLaunchOptions(): LaunchOptions {
  return {
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: !process.env.HEADED,
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    // Lets BiDi navigate to moz-extension:// pages such as the popup.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': DEAD_PROXY_PORT,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': DEAD_PROXY_PORT,
      'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
      'network.proxy.allow_hijacking_localhost': false,
      'network.proxy.failover_direct': false,
      'network.dns.disablePrefetch': true,
      'network.trr.mode': 5,
      'services.settings.server': `http://127.0.0.1:${DEAD_PROXY_PORT}/v1`,
    },
  };
}
