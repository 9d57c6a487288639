import { CONTENT_MATCHES } from '@/lib/sites';
import { startContentHost } from '@/lib/content/host';

// TODO: evaluating this script takes about 16 ms on a 2-core machine, mostly parsing its 110 KB
// (zod, Preact and every site's adapter). One script per site, and the panel in a script injected
// once the rows are drawn, would shrink it. Whether `scripting.executeScript` may inject into
// content-script hosts without host permissions is untested.
export default defineContentScript({
  matches: CONTENT_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    startContentHost(ctx);
  },
});
