import { test, expect, readRealPage, realPagePresent } from './fixtures';

const QAZVINIAN = 'qazvinian-en-2015-coauthors.html';
const QAZVINIAN_URL = 'https://scholar.google.com/citations?user=BG7rW8oAAAAJ&hl=en&pagesize=100';
const PANEL = 'scholar-lens-panel[data-scholar-lens="panel"]';

test.skip(!realPagePresent('google-scholar', QAZVINIAN), 'real Google Scholar pages are absent');

test('panel shows collaboration and opens the graph', async ({ context, answer }) => {
  answer('https://scholar.google.com/citations', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readRealPage('google-scholar', QAZVINIAN) }),
  );
  const page = await context.newPage();
  await page.goto(QAZVINIAN_URL);

  const panel = page.locator(PANEL);
  await expect(panel.getByTestId('coauthors')).toContainText('DR Radev');
  await expect(panel.getByTestId('coauthors').locator('a').first()).toHaveAttribute('href', /^https?:\/\/scholar\.google\.com\/citations\?user=/);
  await expect(panel.getByTestId('positions')).toContainText('first 15');
  await expect(panel.getByTestId('groups')).toContainText('DR Radev');
  await expect(panel.getByTestId('merged-warning')).toHaveCount(0);

  const opened = context.waitForEvent('page');
  await panel.getByTestId('open-graph').click();
  const graph = await opened;
  await graph.waitForLoadState();
  expect(new URL(graph.url()).pathname).toBe('/graph.html');
  await expect(graph.getByTestId('coauthor-graph')).toBeVisible();
  await expect(graph.locator('svg .node')).not.toHaveCount(0);

  await graph.keyboard.press('Tab');
  await graph.keyboard.press('Tab');
  const focused = await graph.evaluate(() => document.activeElement?.getAttribute('class'));
  expect(focused).toBe('node');
});
