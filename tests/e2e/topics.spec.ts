import { test, expect, readRealPage, realPagePresent } from './fixtures';

const IRSHAD_URL = 'https://scholar.google.com/citations?user=3aPgewgAAAAJ&hl=en&sortby=pubdate';
const IRSHAD = 'irshad-en-2026-20rows.html';
const ROW_OVERLAY = 'scholar-lens-row[data-scholar-lens="row"]';
const PANEL = 'scholar-lens-panel[data-scholar-lens="panel"]';

test.skip(!realPagePresent('google-scholar', IRSHAD), 'real Google Scholar pages are absent');

test.beforeEach(({ answer }) => {
  answer('https://scholar.google.com/citations', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readRealPage('google-scholar', IRSHAD) }),
  );
});

test('explains a tag from the keyboard', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(IRSHAD_URL);
  const tag = page.locator(ROW_OVERLAY).first().getByTestId('topic-tag').first();
  await expect(tag).toHaveText('Materials Science');

  await tag.focus();
  await page.keyboard.press('Enter');
  const explain = page.locator(ROW_OVERLAY).first().getByTestId('topic-explain');
  await expect(explain).toBeVisible();
  await expect(explain.getByTestId('topic-evidence')).toContainText('Ru3Sn7');
  await expect(tag).toHaveAttribute('aria-expanded', 'true');
  // The box hangs below the row, and the page must paint it there: the point hits the overlay, not the page.
  const box = await explain.boundingBox();
  if (!box) throw new Error('the explanation has no box');
  const point = { x: box.x + box.width / 2, y: box.y + box.height - 4 };
  const hit = await page.locator(ROW_OVERLAY).first().evaluate((host, { x, y }) => document.elementFromPoint(x, y) === host, point);
  expect(hit).toBe(true);

  await page.keyboard.press('Escape');
  await expect(explain).toHaveCount(0);
  await expect(page.locator(ROW_OVERLAY).first()).not.toHaveAttribute('data-explaining');
});

test('keeps a correction after reload', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(IRSHAD_URL);
  const row = page.locator(ROW_OVERLAY).first();
  await expect(row.getByTestId('save-toggle')).toBeEnabled();
  await row.getByTestId('topic-tag').first().click();
  await row.getByTestId('topic-replace').selectOption('class:cond-mat.str-el');
  await row.getByTestId('topic-replace-apply').click();
  await expect(row.getByTestId('topic-tag').first()).toHaveText('Strongly Correlated Electrons');
  await expect(row.getByTestId('topic-tag').first()).toHaveAttribute('data-tier', 'user');
  await expect(row.getByTestId('topic-tag').first()).toBeFocused();

  await page.reload();
  const again = page.locator(ROW_OVERLAY).first();
  await expect(again.getByTestId('topic-tag').first()).toHaveText('Strongly Correlated Electrons');
  await expect(again.getByTestId('topic-tag').first()).toHaveAttribute('data-tier', 'user');
});

test('switches the topic chart to years', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(IRSHAD_URL);
  const panel = page.locator(PANEL);
  await expect(panel.getByTestId('topic-bars')).toBeVisible();
  await panel.getByTestId('topic-view-years').focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByTestId('topic-years')).toBeVisible();
  await expect(panel.getByTestId('topic-view-years')).toHaveAttribute('aria-pressed', 'true');
});

test('draws focus rings inside rows', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(IRSHAD_URL);
  const host = page.locator(ROW_OVERLAY).first();
  await expect(host.getByTestId('save-toggle')).toHaveAttribute('aria-disabled', 'false');
  await page.locator('a.gsc_a_at').first().focus();
  await page.keyboard.press('Tab');

  // The row overlay clips what is painted outside its box, so the whole ring must lie inside it.
  const ring = await host.evaluate((element) => {
    const focused = element.shadowRoot?.activeElement;
    if (!focused) return null;
    const style = getComputedStyle(focused);
    const reach = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
    const inner = focused.getBoundingClientRect();
    const outer = element.getBoundingClientRect();
    return {
      visible: focused.matches(':focus-visible'),
      inside: inner.left - reach >= outer.left && inner.top - reach >= outer.top && inner.right + reach <= outer.right && inner.bottom + reach <= outer.bottom,
    };
  });
  expect(ring?.visible).toBe(true);
  expect(ring?.inside).toBe(true);
});
