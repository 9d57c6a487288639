import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect } from './fixtures';

const ROW_OVERLAY = 'scholar-lens-row[data-scholar-lens="row"]';
const FIXTURES = resolve(import.meta.dirname, '../fixtures/cross-site');

function htmlAnswer(file: string) {
  return { status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(resolve(FIXTURES, file)) };
}

test('a paper merged across sites shows its badges everywhere', async ({ context, answer }) => {
  answer('https://arxiv.org/abs/', (route) => route.fulfill(htmlAnswer('arxiv-abs.html')));
  answer('https://scholar.google.com/citations', (route) => route.fulfill(htmlAnswer('scholar-profile.html')));
  answer('https://dblp.org/pid/', (route) => route.fulfill(htmlAnswer('dblp-person.html')));
  const page = await context.newPage();

  await page.goto('https://arxiv.org/abs/2303.14702');
  await expect(page.locator(ROW_OVERLAY)).toHaveCount(1);
  await expect(page.locator(ROW_OVERLAY).getByTestId('save-toggle')).toBeEnabled();

  await page.goto('https://scholar.google.com/citations?user=CALEFATOAAAAJ&hl=en');
  await expect(page.locator(ROW_OVERLAY)).toHaveCount(3);
  const badgeRow = page.locator('tr.gsc_a_tr').nth(0).locator(ROW_OVERLAY);
  const automlRow = page.locator('tr.gsc_a_tr').nth(1).locator(ROW_OVERLAY);
  await expect(badgeRow.getByTestId('code-badge')).toHaveAttribute('href', 'https://github.com/collab-uniba/github-achievements');
  await expect(badgeRow.getByTestId('topic-tag').first()).toHaveText('Software Engineering');
  await badgeRow.getByTestId('save-toggle').click();
  await expect(badgeRow.getByTestId('save-toggle')).toHaveText('★ Saved');
  await automlRow.getByTestId('save-toggle').click();
  await expect(automlRow.getByTestId('save-toggle')).toHaveText('★ Saved');
  await expect(page.locator('tr.gsc_a_tr').nth(2).locator(ROW_OVERLAY).getByTestId('code-badge')).toHaveCount(0);

  await page.goto('https://dblp.org/pid/48/5662.html');
  await expect(page.locator(ROW_OVERLAY)).toHaveCount(3);
  const dblpBadgeRow = page.locator('li.entry[id="journals/corr/abs-2303-14702"]').locator(ROW_OVERLAY);
  await expect(dblpBadgeRow.getByTestId('code-badge')).toHaveAttribute('href', 'https://github.com/collab-uniba/github-achievements');
  await expect(dblpBadgeRow.getByTestId('topic-tag').first()).toHaveText('Software Engineering');
  await expect(dblpBadgeRow.getByTestId('save-toggle')).toHaveText('★ Saved');

  // The Scholar row matched the conference paper by title; its CoRR preprint stays a separate record.
  const conference = page.locator('li.entry[id="conf/esem/CalefatoQLK23"]').locator(ROW_OVERLAY);
  const preprint = page.locator('li.entry[id="journals/corr/abs-2307-10774"]').locator(ROW_OVERLAY);
  await expect(conference.getByTestId('save-toggle')).toHaveText('★ Saved');
  await expect(preprint.getByTestId('save-toggle')).toHaveText('☆ Save');
  await expect(preprint.getByTestId('save-toggle')).toBeEnabled();
  expect(await conference.getAttribute('data-paper-id')).not.toBe(await preprint.getAttribute('data-paper-id'));
});

test('an unrecognised layout shows a notice and stores nothing', async ({ context, answer, extensionId }) => {
  answer('https://dblp.org/pid/', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!DOCTYPE html><html><body><main><h1>Fabio Calefato</h1><ol><li>Redesigned list</li></ol></main></body></html>' }),
  );
  const page = await context.newPage();
  await page.goto('https://dblp.org/pid/48/5662.html');
  await expect(page.getByTestId('layout-unrecognised')).toContainText("Scholar Lens: this page's layout is not recognised");
  await expect(page.locator(ROW_OVERLAY)).toHaveCount(0);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('stored-count')).toContainText('0');
});
