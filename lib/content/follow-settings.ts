import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { log } from '../log';
import { loadSettings, siteEnabled, watchSettings, type Settings } from '../settings/settings';
import type { ProfileSession } from './session';

/**
 * Runs the session that `start` makes while `site` is turned on in the options, and follows later
 * changes of the options without a reload. A site turned off loses its overlays, and hidden
 * overlays show again when turned on. When `start` returns null, the page is left alone.
 */
export async function followSettings(
  ctx: ContentScriptContext,
  site: string,
  start: (settings: Settings) => ProfileSession | null,
  onStop: () => void = () => {},
): Promise<void> {
  let session: ProfileSession | null = null;
  let nothingToRead = false;
  const apply = (settings: Settings) => {
    if (nothingToRead || ctx.isInvalid) return;
    if (!siteEnabled(settings, site)) {
      if (session) log.info(`${site} was turned off in the options; overlays removed`);
      else log.debug(`${site} is turned off in the options, nothing to do`);
      session?.stop();
      session = null;
      return;
    }
    if (session) {
      session.setDisplay(settings);
      return;
    }
    session = start(settings);
    nothingToRead = session === null;
  };
  apply(await loadSettings());
  const stopWatching = watchSettings(apply);
  ctx.onInvalidated(() => {
    stopWatching();
    session?.stop();
    onStop();
  });
}
