import { browser } from 'wxt/browser';
import type { Settings } from './schema';
import { log } from '../log';

/** Key of the settings object in `browser.storage.local`. */
export const SETTINGS_KEY = 'settings';

export type { Settings } from './schema';

export const DEFAULT_SETTINGS: Settings = { sites: {}, rowOverlays: true, profilePanel: true };

export function siteEnabled(settings: Settings, site: string): boolean {
  return settings.sites[site] !== false;
}

/**
 * Reads the settings. Missing, invalid or unreadable settings give the defaults, so a broken
 * storage area never stops the pages from working; each such case is logged. The schema module
 * is imported only when there are stored settings to check, so a content script builds no zod
 * schema while it loads.
 */
export async function loadSettings(): Promise<Settings> {
  let stored: unknown;
  try {
    stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  } catch (error) {
    log.warn('reading settings from browser.storage.local failed; using the defaults', error);
    return DEFAULT_SETTINGS;
  }
  return settingsOrDefaults(stored);
}

async function settingsOrDefaults(stored: unknown): Promise<Settings> {
  if (stored === undefined) return DEFAULT_SETTINGS;
  const { checkSettings } = await import('./schema');
  const checked = checkSettings(stored);
  if (!checked.ok) {
    log.warn(`stored settings are invalid at ${checked.path}; using the defaults`);
    return DEFAULT_SETTINGS;
  }
  return checked.settings;
}

/**
 * Calls `onChange` with the settings, checked as `loadSettings` checks them, each time a page writes
 * them. Returns the function that stops watching.
 */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    void settingsOrDefaults(changes[SETTINGS_KEY]?.newValue).then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Validates and writes the settings; throws with the invalid field's path when they do not validate. */
export async function saveSettings(settings: Settings): Promise<void> {
  const { checkSettings } = await import('./schema');
  const checked = checkSettings(settings);
  if (!checked.ok) throw new Error(`Settings not saved: invalid value at ${checked.path}`);
  await browser.storage.local.set({ [SETTINGS_KEY]: checked.settings });
}

/**
 * Stores whether the profile panel is folded, over the settings as they are stored now, so that a
 * page opened before an options change does not write older options back.
 */
export async function savePanelCollapsed(collapsed: boolean): Promise<void> {
  await saveSettings({ ...(await loadSettings()), panelCollapsed: collapsed });
}
