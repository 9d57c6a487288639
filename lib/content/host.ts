import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { log } from '../log';
import { adapterForUrl } from '../sites';
import { ProfileSession } from './session';
import { loadSettings, siteEnabled } from '../settings/settings';
import { createShadowHost } from './shadow';
import { UnrecognisedNotice } from '../../components/overlay/UnrecognisedNotice';
import overlayCss from '../../components/overlay/overlay.css?inline';

/** Entry of the content script: finds the adapter for this page and starts a session on it. */
export async function startContentHost(ctx: ContentScriptContext): Promise<void> {
  const url = new URL(location.href);
  const adapter = adapterForUrl(url);
  if (!adapter) return;
  const settings = await loadSettings();
  if (!siteEnabled(settings, adapter.site)) {
    log.debug(`${adapter.site} is turned off in the options, nothing to do`);
    return;
  }
  const page = adapter.detect(document, url);
  if (!page) {
    if (adapter.listExpected?.(url)) {
      log.warn(`${adapter.site}: no publication list found at ${url.href}; the layout is not recognised`);
      showUnrecognisedNotice(document, adapter.site);
    } else {
      log.debug(`${adapter.site}: this page is not a profile list, nothing to do`);
    }
    return;
  }
  const session = new ProfileSession(adapter, page, document, settings);
  session.start();
  ctx.onInvalidated(() => session.stop());
}

/** Shows a floating card saying that the page was claimed but not read. Nothing is parsed or stored. */
export function showUnrecognisedNotice(doc: Document, site: string): void {
  const mount = createShadowHost('scholar-lens-panel', 'panel', overlayCss);
  mount.host.setAttribute('data-floating', '');
  doc.body.append(mount.host);
  render(h(UnrecognisedNotice, { site }), mount.root);
}
