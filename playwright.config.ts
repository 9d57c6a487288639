import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './tests/e2e',
  workers: 1,
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { trace: 'off' },
});
