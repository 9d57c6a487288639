import { CONTENT_MATCHES } from '@/lib/sites';
import { startContentHost } from '@/lib/content/host';

export default defineContentScript({
  matches: CONTENT_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    startContentHost(ctx);
  },
});
