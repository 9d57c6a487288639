import { config } from 'zod/mini';

// Extension pages, the background and content scripts all run under a CSP without eval, so zod
// skips its `new Function` probe, which such a CSP reports as a violation.
config({ jitless: true });
