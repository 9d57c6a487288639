import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { log } from '../log';
import { browser } from 'wxt/browser';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { generic } from '../sites/generic';
import type { Settings } from '../settings/settings';
import { followSettings } from './follow-settings';
import { ProfileSession } from './session';

/** Set on the isolated world's global object, so a script injected twice on one page starts once. */
const STARTED = Symbol.for('scholar-lens.generic-host');

/**
 * Entry of the generic content script, which runs only on sites the user allowed. It starts a
 * session when the detector finds a publication list with enough confidence, and shows nothing
 * otherwise. Pages where a site's own content script runs are left to it.
 */
export async function startGenericHost(ctx: ContentScriptContext): Promise<void> {
  const scope = globalThis as { [STARTED]?: boolean };
  if (scope[STARTED]) return;
  scope[STARTED] = true;

  const url = new URL(location.href);
  if (claimedBySiteScript(url)) return;
  await followSettings(ctx, generic.site, (settings) => startSession(url, settings), () => {
    scope[STARTED] = false;
  });
}

/**
 * Tells whether a site's own content script runs at `url`, read from the manifest's match patterns,
 * so that this script loads no site adapter to find out.
 */
function claimedBySiteScript(url: URL): boolean {
  const scripts = browser.runtime.getManifest().content_scripts ?? [];
  return scripts.some((script) => (script.matches ?? []).some((pattern) => new MatchPattern(pattern).includes(url)));
}

function startSession(url: URL, settings: Settings): ProfileSession | null {
  const started = performance.now();
  const page = generic.detect(document, url);
  const elapsed = (performance.now() - started).toFixed(1);
  if (!page) {
    log.info(`generic: no publication list found at ${url.href} with enough confidence (${elapsed} ms); nothing shown`);
    return null;
  }
  log.info(`generic: publication list found at ${url.href} in ${elapsed} ms`);
  const session = new ProfileSession(generic, page, document, settings);
  session.start();
  return session;
}
