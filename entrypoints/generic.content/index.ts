import { startGenericHost } from '@/lib/content/generic-host';

/**
 * Publication lists on sites the user allowed from the popup. It has no manifest entry: the
 * background registers it per allowed origin and injects it into the tab where access was given.
 */
export default defineContentScript({
  matches: [],
  registration: 'runtime',
  runAt: 'document_idle',
  // A custom event stops an older copy of this script. WXT's extra window message would reach the
  // page's own listeners, and it took about 10 ms of evaluation in headless Chromium.
  noScriptStartedPostMessage: true,
  main(ctx) {
    void startGenericHost(ctx);
  },
});
