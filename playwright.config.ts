import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './tests/e2e',
  workers: 1,
  timeout: 60_000,
  // The JSON report feeds scripts/test-summary.mjs, which prints one total for CI.
  reporter: [['list'], ['json', { outputFile: '.test-summary/playwright.json' }]],
  use: { trace: 'off' },
});
