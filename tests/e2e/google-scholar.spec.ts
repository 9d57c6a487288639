import { readFileSync } from 'node:fs';
import { test, expect, readRealPage, realPagePresent } from './fixtures';

const IRSHAD_URL = 'https://scholar.google.com/citations?user=3aPgewgAAAAJ&hl=en&sortby=pubdate';
const IRSHAD = 'irshad-en-2026-20rows.html';
const DENNER = 'denner-ptPT-2025-owner-view-176rows-browser-saved.html';
const EINSTEIN = 'einstein-tbody-fragment-1114rows.html';
const ROW_OVERLAY = 'scholar-lens-row[data-scholar-lens="row"]';
const PANEL = 'scholar-lens-panel[data-scholar-lens="panel"]';

test.skip(!realPagePresent('google-scholar', IRSHAD), 'real Google Scholar pages are absent');

function htmlAnswer(body: Buffer | string) {
  return { status: 200, contentType: 'text/html; charset=utf-8', body };
}

/** Rows from a real saved table body, as the "Show more" answer's `B` field carries them. */
function savedRows(): string[] {
  const fragment = readRealPage('google-scholar', EINSTEIN).toString('utf8');
  return fragment.match(/<tr class="gsc_a_tr">[\s\S]*?<\/tr>/g) ?? [];
}

test('overlays every row and shows the panel', async ({ context, answer }) => {
  answer('https://scholar.google.com/citations', (route) => route.fulfill(htmlAnswer(readRealPage('google-scholar', IRSHAD))));
  const page = await context.newPage();
  await page.goto(IRSHAD_URL);

  await expect(page.locator(PANEL)).toHaveCount(1);
  await expect(page.locator(ROW_OVERLAY)).toHaveCount(20);
  expect(await page.locator('tr.gsc_a_tr').count()).toBe(20);
  await expect(page.locator(PANEL).getByTestId('paper-count')).toContainText('20 papers');
  const ids = await page.locator(ROW_OVERLAY).evaluateAll((hosts) => hosts.map((host) => host.getAttribute('data-paper-id')));
  expect(new Set(ids).size).toBe(20);
  await expect(page.locator(ROW_OVERLAY).getByTestId('topic-tag').first()).toBeVisible();
  await expect(page.locator(PANEL).getByTestId('metrics')).toContainText('232');
});

test('keeps the panel folded on reload', async ({ context, answer }) => {
  answer('https://scholar.google.com/citations', (route) => route.fulfill(htmlAnswer(readRealPage('google-scholar', IRSHAD))));
  const page = await context.newPage();
  await page.goto(IRSHAD_URL);
  const toggle = page.locator(PANEL).getByTestId('panel-toggle');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');

  // The folded state is written to the extension's storage, which the next load reads.
  await expect.poll(async () => {
    await page.reload();
    return page.locator(PANEL).getByTestId('panel-toggle').getAttribute('aria-expanded');
  }).toBe('false');
  await expect(page.locator(PANEL).locator('#panel-body')).toBeHidden();
});

test('overlays an owner view in pt-PT', async ({ context, answer }) => {
  answer('https://scholar.google.com/citations', (route) => route.fulfill(htmlAnswer(readRealPage('google-scholar', DENNER))));
  const page = await context.newPage();
  await page.goto('https://scholar.google.com/citations?hl=pt-PT&user=AoKJ_g4AAAAJ');
  await expect(page.locator(ROW_OVERLAY)).toHaveCount(176);
  await expect(page.locator(PANEL)).toHaveCount(1);
});

test('load all clicks Show more until it is disabled', async ({ context, answer }) => {
  const rows = savedRows();
  const batches = [rows.slice(0, 80), rows.slice(80, 180)];
  const requests: { url: string }[] = [];
  answer('https://scholar.google.com/citations', async (route) => {
    const request = route.request();
    if (request.method() !== 'POST') return route.fulfill(htmlAnswer(readRealPage('google-scholar', IRSHAD)));
    requests.push({ url: request.url() });
    const batch = batches[requests.length - 1] ?? [];
    const more = requests.length < batches.length;
    await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ B: batch.join(''), N: more }) });
  });
  const page = await context.newPage();
  await page.goto(IRSHAD_URL);
  await expect(page.locator(ROW_OVERLAY)).toHaveCount(20);
  // Click times are read in the page: request arrival times also carry network jitter.
  await page.evaluate(() => {
    const clicks: number[] = [];
    (window as unknown as { clicks: number[] }).clicks = clicks;
    document.querySelector('#gsc_bpf_more')?.addEventListener('click', () => clicks.push(performance.now()), true);
  });

  await page.locator(PANEL).getByTestId('load-all-button').click();
  await expect(page.locator(PANEL).getByTestId('load-outcome')).toContainText('All 200 papers loaded', { timeout: 20_000 });
  await expect(page.locator('tr.gsc_a_tr')).toHaveCount(200);
  await expect(page.locator(ROW_OVERLAY)).toHaveCount(200);
  await expect(page.locator('#gsc_bpf_more')).toBeDisabled();
  expect(requests).toHaveLength(2);
  expect(requests[0]?.url).toContain('cstart=20');
  expect(requests[1]?.url).toContain('cstart=100');
  const clicks = await page.evaluate(() => (window as unknown as { clicks: number[] }).clicks);
  expect(clicks).toHaveLength(2);
  expect((clicks[1] ?? 0) - (clicks[0] ?? 0)).toBeGreaterThanOrEqual(999);
});

test('load all stops on the page error box', async ({ context, answer }) => {
  answer('https://scholar.google.com/citations', async (route) => {
    if (route.request().method() !== 'POST') return route.fulfill(htmlAnswer(readRealPage('google-scholar', IRSHAD)));
    await route.fulfill({ status: 429, contentType: 'text/html', body: '<html><body>Too many requests</body></html>' });
  });
  const page = await context.newPage();
  await page.goto(IRSHAD_URL);
  await page.locator(PANEL).getByTestId('load-all-button').click();
  await expect(page.locator(PANEL).getByTestId('load-outcome')).toContainText('error or a CAPTCHA', { timeout: 20_000 });
  await expect(page.locator(ROW_OVERLAY)).toHaveCount(20);
});

test('saved paper shows in the library and exports', async ({ context, answer, extensionId }) => {
  answer('https://scholar.google.com/citations', (route) => route.fulfill(htmlAnswer(readRealPage('google-scholar', IRSHAD))));
  const page = await context.newPage();
  await page.goto(IRSHAD_URL);
  const firstRow = page.locator(ROW_OVERLAY).first();
  const toggle = firstRow.getByTestId('save-toggle');
  await expect(toggle).toBeEnabled();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const paperId = await firstRow.getAttribute('data-paper-id');
  expect(paperId).toBeTruthy();

  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(library.locator(`[data-paper-id="${paperId}"]`)).toHaveCount(1);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('saved-count')).toContainText('1');
  await expect(popup.getByTestId('stored-count')).toContainText('20');

  const [json] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('export-json').click()]);
  expect(json.suggestedFilename()).toMatch(/^scholar-lens-saved-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const envelope = JSON.parse(readFileSync((await json.path())!, 'utf8'));
  expect(envelope.format).toBe('scholar-lens');
  expect(envelope.papers).toHaveLength(1);
  expect(envelope.papers[0].id).toBe(paperId);

  const [bibtex] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('export-bibtex').click()]);
  const bib = readFileSync((await bibtex.path())!, 'utf8');
  expect(bib).toMatch(/^@\w+\{[^,\s]+,/m);
  expect(bib).toContain(envelope.papers[0].title.split(' ')[0]);

  const [csv] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('export-csv').click()]);
  const lines = readFileSync((await csv.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r\n/);
  expect(lines).toHaveLength(2);
  expect(lines[0]).toContain('title');
});

test('overlays and stores 1114 rows', async ({ context, answer, extensionId }) => {
  const page1114 = `<!doctype html><html><head><meta charset="utf-8">
    <link rel="canonical" href="https://scholar.google.com/citations?user=qc6CJjYAAAAJ&amp;hl=en"></head>
    <body><div id="gsc_prf_i"><div id="gsc_prf_in">Albert Einstein</div></div>
    <table id="gsc_a_t"><tbody id="gsc_a_b">${savedRows().join('')}</tbody></table></body></html>`;
  answer('https://scholar.google.com/citations', (route) => route.fulfill(htmlAnswer(page1114)));
  const page = await context.newPage();
  const timing = page.waitForEvent('console', (message) => message.text().includes('rows in'));
  await page.goto('https://scholar.google.com/citations?user=qc6CJjYAAAAJ&hl=en');
  await expect(page.locator(ROW_OVERLAY)).toHaveCount(1114);
  console.log(`1114-row page: ${(await timing).text()}`);
  await expect(page.locator(ROW_OVERLAY).last().getByTestId('save-toggle')).toBeEnabled({ timeout: 20_000 });

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('stored-count')).toContainText('1114');
});

test('overlays search results without a panel', async ({ context, answer }) => {
  const results = readFileSync(new URL('../fixtures/google-scholar/results-ja.html', import.meta.url));
  answer('https://scholar.google.co.jp/scholar', (route) => route.fulfill(htmlAnswer(results)));
  const page = await context.newPage();
  await page.goto('https://scholar.google.co.jp/scholar?q=river+ice&hl=ja');
  await expect(page.locator(ROW_OVERLAY)).toHaveCount(2);
  await expect(page.locator(ROW_OVERLAY).first().getByTestId('save-toggle')).toBeEnabled();
  await expect(page.locator(PANEL)).toHaveCount(0);
});
