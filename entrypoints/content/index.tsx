import { CONTENT_MATCHES } from '@/lib/sites';
import { startContentHost } from '@/lib/content/host';

// TODO: evaluating this script takes about 10 ms on a 2-core machine, nearly all of it compiling
// its 110 KB (zod, Preact and every site's adapter). One script per site, and the panel in a script injected
// once the rows are drawn, would shrink it. Whether `scripting.executeScript` may inject into
// content-script hosts without host permissions is untested.
export default defineContentScript({
  matches: CONTENT_MATCHES,
  runAt: 'document_idle',
  // A custom event stops an older copy of this script. WXT's extra window message would reach the
  // page's own listeners, and it took about 10 ms of evaluation in headless Chromium.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startContentHost(ctx);
  },
});
