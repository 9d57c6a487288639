import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import { log } from '../log';

/** Key of the settings object in `browser.storage.local`. */
export const SETTINGS_KEY = 'settings';

/**
 * The user's choices. `sites` maps a site name to false when the extension must not run on it;
 * a site missing from the map is on, so a site added in a later release starts enabled.
 */
export const Settings = z.object({
  sites: z.record(z.string(), z.boolean()),
  /** Topic tags, code badge and save toggle under each paper row. */
  rowOverlays: z.boolean(),
  /** The profile summary panel. */
  profilePanel: z.boolean(),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = { sites: {}, rowOverlays: true, profilePanel: true };

export function siteEnabled(settings: Settings, site: string): boolean {
  return settings.sites[site] !== false;
}

/**
 * Reads the settings. Missing, invalid or unreadable settings give the defaults, so a broken
 * storage area never stops the pages from working; each such case is logged.
 */
export async function loadSettings(): Promise<Settings> {
  let stored: unknown;
  try {
    stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  } catch (error) {
    log.warn('reading settings from browser.storage.local failed; using the defaults', error);
    return DEFAULT_SETTINGS;
  }
  if (stored === undefined) return DEFAULT_SETTINGS;
  const parsed = z.safeParse(Settings, stored);
  if (!parsed.success) {
    log.warn(`stored settings are invalid at ${parsed.error.issues[0]?.path.join('.') || 'settings'}; using the defaults`);
    return DEFAULT_SETTINGS;
  }
  return parsed.data;
}

/** Validates and writes the settings; throws with the invalid field's path when they do not validate. */
export async function saveSettings(settings: Settings): Promise<void> {
  const parsed = z.safeParse(Settings, settings);
  if (!parsed.success) {
    throw new Error(`Settings not saved: invalid value at ${parsed.error.issues[0]?.path.join('.') || 'settings'}`);
  }
  await browser.storage.local.set({ [SETTINGS_KEY]: parsed.data });
}
