// Prints one line with the tests passed, failed and skipped across Vitest, Playwright and the
// Firefox smoke test, from the JSON each of them leaves in .test-summary/.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const dir = resolve(import.meta.dirname, '../.test-summary');
const read = (file) => (existsSync(join(dir, file)) ? JSON.parse(readFileSync(join(dir, file), 'utf8')) : null);

const totals = { passed: 0, failed: 0, skipped: 0 };
const vitest = read('vitest.json');
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
  totals.skipped += vitest.numPendingTests + vitest.numTodoTests;
}
const playwright = read('playwright.json');
if (playwright) {
  totals.passed += playwright.stats.expected + playwright.stats.flaky;
  totals.failed += playwright.stats.unexpected;
  totals.skipped += playwright.stats.skipped;
}
const firefox = read('firefox.json');
if (firefox) {
  totals.passed += firefox.passed;
  totals.failed += firefox.failed;
  totals.skipped += firefox.skipped ?? 0;
}
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
