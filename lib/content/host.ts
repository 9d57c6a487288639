import * as z from 'zod/mini';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { log } from '../log';
import { adapterForUrl } from '../sites';
import { ProfileSession } from './session';

/** Entry of the content script: finds the adapter for this page and starts a session on it. */
export function startContentHost(ctx: ContentScriptContext): void {
  // Content scripts run under a CSP without eval; this skips zod's probe for it.
  z.config({ jitless: true });
  const url = new URL(location.href);
  const adapter = adapterForUrl(url);
  if (!adapter) return;
  const page = adapter.detect(document, url);
  if (!page) {
    log.debug(`${adapter.site}: this page is not a profile list, nothing to do`);
    return;
  }
  const session = new ProfileSession(adapter, page, document);
  session.start();
  ctx.onInvalidated(() => session.stop());
}
