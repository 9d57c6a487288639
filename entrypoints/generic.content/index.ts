import { startGenericHost } from '@/lib/content/generic-host';

/**
 * Publication lists on sites the user allowed from the popup. It has no manifest entry: the
 * background registers it per allowed origin and injects it into the tab where access was given.
 */
export default defineContentScript({
  matches: [],
  registration: 'runtime',
  runAt: 'document_idle',
  // Only the custom event tells an older copy of this script to stop; a window message would
  // reach the page's own listeners, and capturing its source location costs about 10 ms.
  noScriptStartedPostMessage: true,
  main(ctx) {
    void startGenericHost(ctx);
  },
});
