import { browser } from 'wxt/browser';
import { log } from '../log';

/** The generic content script as WXT builds it (`entrypoints/generic.content`). */
export const GENERIC_SCRIPT_FILE = '/content-scripts/generic.js';
const SCRIPT_ID_PREFIX = 'scholar-lens-generic:';

/** Returns the match pattern that grants one origin: `https://example.org/*`. */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/** True for a pattern naming one http(s) host, which is what the popup requests; wildcard hosts are never registered. */
function isSitePattern(pattern: string): boolean {
  return /^https?:\/\/[^*/]+\/\*$/.test(pattern);
}

function scriptId(pattern: string): string {
  return SCRIPT_ID_PREFIX + pattern;
}

/**
 * Origins the user granted through the popup: the granted http(s) host patterns minus those
 * the manifest requires for the site adapters' own content script.
 */
export async function allowedPatterns(): Promise<string[]> {
  const manifest = browser.runtime.getManifest();
  const required = new Set<string>([
    ...(manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []),
    ...((manifest as { host_permissions?: string[] }).host_permissions ?? []),
  ]);
  const granted = (await browser.permissions.getAll()).origins ?? [];
  return granted.filter((pattern) => isSitePattern(pattern) && !required.has(pattern));
}

/** Registers the generic content script for each pattern that does not have it yet. */
export async function registerGeneric(patterns: string[]): Promise<void> {
  const registered = new Set((await browser.scripting.getRegisteredContentScripts()).map((script) => script.id));
  const missing = patterns.filter((pattern) => isSitePattern(pattern) && !registered.has(scriptId(pattern)));
  if (missing.length === 0) return;
  await browser.scripting.registerContentScripts(
    missing.map((pattern) => ({ id: scriptId(pattern), matches: [pattern], js: [GENERIC_SCRIPT_FILE], runAt: 'document_idle' as const })),
  );
  log.info(`generic content script registered for ${missing.join(', ')}`);
}

/** Removes the generic content script from the given patterns. */
export async function unregisterGeneric(patterns: string[]): Promise<void> {
  const registered = new Set((await browser.scripting.getRegisteredContentScripts()).map((script) => script.id));
  const ids = patterns.map(scriptId).filter((id) => registered.has(id));
  if (ids.length === 0) return;
  await browser.scripting.unregisterContentScripts({ ids });
  log.info(`generic content script removed from ${ids.map((id) => id.slice(SCRIPT_ID_PREFIX.length)).join(', ')}`);
}

/** Makes the registered scripts match the granted origins: adds the missing ones, removes revoked ones. */
export async function syncGenericScripts(): Promise<void> {
  const allowed = await allowedPatterns();
  const registered = (await browser.scripting.getRegisteredContentScripts())
    .map((script) => script.id)
    .filter((id) => id.startsWith(SCRIPT_ID_PREFIX))
    .map((id) => id.slice(SCRIPT_ID_PREFIX.length));
  await unregisterGeneric(registered.filter((pattern) => !allowed.includes(pattern)));
  await registerGeneric(allowed);
}

/**
 * Keeps the generic content script in step with the user's site permissions: on start, when
 * the popup grants a site, and when the user revokes one (in the popup or the browser's
 * extension settings). Failures are logged; the next start tries again.
 */
export function watchSiteAccess(): void {
  const run = (what: string, task: () => Promise<void>) => {
    task().catch((error: unknown) => log.error(`${what} failed`, error));
  };
  run('registering the generic content script for allowed sites', syncGenericScripts);
  browser.permissions.onAdded.addListener((permissions) => {
    run('registering the generic content script', () => registerGeneric(permissions.origins ?? []));
  });
  browser.permissions.onRemoved.addListener((permissions) => {
    run('removing the generic content script', () => unregisterGeneric(permissions.origins ?? []));
  });
}
