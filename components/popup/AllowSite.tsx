import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { GENERIC_SCRIPT_FILE, originPattern } from '@/lib/background/site-access';
import { log } from '@/lib/log';
import { adapterForUrl } from '@/lib/sites';

type Access =
  | { status: 'unknown' }
  | { status: 'not-applicable' }
  | { status: 'ask' | 'allowed' | 'declined' | 'failed'; tabId: number; origin: string; message?: string };

/**
 * "Scan this site for publications": requests access to the active tab's site, then injects
 * the generic detector there. Sites with their own adapter and non-web pages show nothing.
 */
export function AllowSite() {
  const [access, setAccess] = useState<Access>({ status: 'unknown' });

  useEffect(() => {
    void readAccess().then(setAccess);
  }, []);

  if (access.status === 'unknown' || access.status === 'not-applicable') return null;
  const host = new URL(access.origin).host;
  const pattern = originPattern(access.origin);

  // permissions.request must run in the click's user gesture, so it is the handler's first call.
  const allow = () => {
    browser.permissions
      .request({ origins: [pattern] })
      .then(async (granted) => {
        if (!granted) return setAccess({ ...access, status: 'declined' });
        await browser.scripting.executeScript({ target: { tabId: access.tabId }, files: [GENERIC_SCRIPT_FILE] });
        setAccess({ ...access, status: 'allowed' });
      })
      .catch((error: unknown) => {
        log.error(`scanning ${host} failed`, error);
        setAccess({ ...access, status: 'failed', message: `Scanning ${host} failed: ${String(error)}. Reload the page and try again.` });
      });
  };
  const revoke = () => {
    browser.permissions
      .remove({ origins: [pattern] })
      .then(() => setAccess({ ...access, status: 'ask' }))
      .catch((error: unknown) => log.error(`removing access to ${host} failed`, error));
  };

  return (
    <section class="allow-site" data-testid="allow-site-section">
      {access.status === 'allowed' ? (
        <>
          <p class="message" data-testid="allow-site-status">
            Scanning {host}: overlays appear on publication lists found with enough confidence.
          </p>
          <button type="button" class="button" data-testid="allow-site-revoke" onClick={revoke}>
            Stop scanning this site
          </button>
        </>
      ) : (
        <>
          {access.status === 'declined' && (
            <p class="message" data-testid="allow-site-status">
              Access to {host} was not given, so nothing was scanned.
            </p>
          )}
          {access.status === 'failed' && (
            <p class="message message-error" role="alert" data-testid="allow-site-status">
              {access.message}
            </p>
          )}
          <button type="button" class="button" data-testid="allow-site-button" onClick={allow}>
            Scan this site for publications
          </button>
        </>
      )}
    </section>
  );
}

/** Reads the active tab's origin and whether the user already allowed it. */
async function readAccess(): Promise<Access> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    const url = tab?.url ? new URL(tab.url) : null;
    if (!tab?.id || !url || (url.protocol !== 'https:' && url.protocol !== 'http:') || adapterForUrl(url)) {
      return { status: 'not-applicable' };
    }
    const allowed = await browser.permissions.contains({ origins: [originPattern(url.origin)] });
    return { status: allowed ? 'allowed' : 'ask', tabId: tab.id, origin: url.origin };
  } catch (error) {
    log.warn('reading the active tab for the "Scan this site" control failed', error);
    return { status: 'not-applicable' };
  }
}
