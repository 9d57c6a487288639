import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { log } from '../log';
import type { SiteAdapter } from '../sites/types';
import { ProfileSession } from './session';
import type { Settings } from '../settings/settings';
import { followSettings } from './follow-settings';
import { createShadowHost } from './shadow';
import { UnrecognisedNotice } from '../../components/overlay/UnrecognisedNotice';
import overlayCss from '../../components/overlay/overlay.css?inline';

/**
 * Defines the content script of one site. The manifest lists it for that site's match patterns
 * only, so a page loads its own site's adapter and no other.
 */
export function siteContentScript(adapter: SiteAdapter) {
  return defineContentScript({
    matches: [...adapter.matchPatterns],
    runAt: 'document_idle',
    // A custom event stops an older copy of this script. WXT's extra window message would reach the
    // page's own listeners, and it took about 10 ms of evaluation in headless Chromium.
    noScriptStartedPostMessage: true,
    main(ctx) {
      void startContentHost(ctx, adapter);
    },
  });
}

/** Starts a session when `adapter` claims this page and finds its list, then follows the options. */
export async function startContentHost(ctx: ContentScriptContext, adapter: SiteAdapter): Promise<void> {
  const url = new URL(location.href);
  if (!adapter.matches(url)) return;
  await followSettings(ctx, adapter.site, (settings) => startSession(adapter, url, settings));
}

function startSession(adapter: SiteAdapter, url: URL, settings: Settings): ProfileSession | null {
  const page = adapter.detect(document, url);
  if (!page) {
    if (adapter.listExpected?.(url)) {
      log.warn(`${adapter.site}: no publication list found at ${url.href}; the layout is not recognised`);
      showUnrecognisedNotice(document, adapter.site);
    } else {
      log.debug(`${adapter.site}: this page is not a profile list, nothing to do`);
    }
    return null;
  }
  const session = new ProfileSession(adapter, page, document, settings);
  session.start();
  return session;
}

/** Shows a floating card saying that the page was claimed but not read. Nothing is parsed or stored. */
export function showUnrecognisedNotice(doc: Document, site: string): void {
  const mount = createShadowHost('scholar-lens-panel', 'panel', overlayCss);
  mount.host.setAttribute('data-floating', '');
  doc.body.append(mount.host);
  render(h(UnrecognisedNotice, { site }), mount.root);
}
