import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { toEnvelopeJson, type LibraryEntry, type ProfileEntry } from '../../lib/export/envelope';
import { derivePaperId, type Paper } from '../../lib/model';
import { expect, test } from './fixtures';

const PROFILE = 'google-scholar:QQQQ';
const NOW = '2026-01-01T00:00:00.000Z';

function paper(title: string, authors: string[], year: number | null, extra: Partial<Paper> = {}): Paper {
  const ids = extra.ids ?? {};
  return {
    id: derivePaperId(ids, title, year),
    title,
    authors: authors.map((name) => ({ name })),
    authorsTruncated: false,
    venue: 'Journal of Coastal Studies',
    year,
    citations: year === null ? null : 10,
    ids,
    links: [{ kind: 'detail', url: 'https://example.org/paper' }],
    codeLinks: [],
    topics: [],
    provenance: [{ site: 'google-scholar', profile: PROFILE, pageUrl: 'https://scholar.google.com/citations?user=QQQQ', firstSeen: NOW, lastSeen: NOW }],
    ...extra,
  };
}

const papers = [
  paper('深度学习に基づく画像認識', ['王小明'], 2021),
  paper('Ørsted’s “naïve” fjord model', ['Zoë Ørsted', 'Ines Kovač'], 2019, { ids: { doi: '10.5555/fjord.1' } }),
  paper('Bounds of α ≤ β² in ℝⁿ', ['Σίσυφος Παπαδόπουλος'], null, {
    codeLinks: [{ url: 'https://github.com/example/bounds', source: 'page-link', site: 'google-scholar' }],
  }),
];
const library: LibraryEntry[] = papers.map((entry, index) => ({
  id: entry.id,
  saved: index !== 2,
  savedAt: index !== 2 ? NOW : null,
  addedAt: NOW,
  ...(index === 0 && { note: 'Read §3 — 重要', userTags: ['thesis'] }),
}));
const profile: ProfileEntry = {
  site: 'google-scholar',
  id: 'QQQQ',
  key: PROFILE,
  name: 'Ines Kovač',
  affiliation: 'Université de Genève',
  interests: ['Coastal oceanography'],
  metrics: { citations: { all: 30, recent: 20 } },
  coauthors: [{ name: 'Zoë Ørsted' }],
  url: 'https://scholar.google.com/citations?user=QQQQ',
  updatedAt: NOW,
};
const backup = toEnvelopeJson(papers, new Date(NOW), library, [profile]);

type Envelope = { papers: Paper[]; library: LibraryEntry[]; profiles: ProfileEntry[] };

async function importFile(page: Page, name: string, text: string): Promise<void> {
  await page.getByTestId('import-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByTestId('import-status')).toContainText(`Imported ${papers.length} entries from ${name}: `);
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The JSON backup written by one browser profile, imported by the next test in a fresh profile. */
let exported = '';

test.describe.serial('library', () => {
  test('imports, edits and exports', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/library.html`);
    await importFile(page, 'backup.json', backup);
    await expect(page.getByTestId('library-item')).toHaveCount(2);
    await expectNoAxeViolations(page);

    await page.selectOption('#filter-scope', 'all');
    await expect(page.getByTestId('library-item')).toHaveCount(3);
    for (const query of ['orsted', 'ørsted', 'naive', 'kovac', '重要', 'thesis']) {
      await page.getByTestId('library-filter').fill(query);
      await expect(page.getByTestId('library-item')).toHaveCount(1);
    }
    await page.getByTestId('library-filter').fill('');

    // Keyboard only: open the note editor of the tagged paper, add a tag, and save with Enter on the button.
    await page.locator(`[data-paper-id="${papers[0]?.id}"] [data-testid="edit-paper"]`).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#paper-note')).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('End');
    await page.keyboard.type(', fjords');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('paper-details')).toHaveCount(0);

    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);

    await page.selectOption('[data-testid="export-scope"]', 'shown');
    await page.selectOption('[data-testid="export-format"]', 'json');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-run').click()]);
    expect(download.suggestedFilename()).toMatch(/^scholar-lens-library-backup-\d{4}-\d{2}-\d{2}\.json$/);
    exported = readFileSync((await download.path())!, 'utf8');
    const envelope = JSON.parse(exported) as Envelope;
    expect(envelope.papers).toHaveLength(3);
    expect(envelope.library.map((entry) => entry.userTags ?? [])).toContainEqual(['thesis', 'fjords']);
    expect(envelope.profiles).toEqual([profile]);
  });

  test('restores backup in new profile', async ({ context, extensionId }) => {
    expect(exported).not.toBe('');
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/library.html`);
    await importFile(page, 'restore.json', exported);
    await expect(page.getByTestId('import-status')).toContainText('Restored 1 profile.');
    await page.selectOption('#filter-scope', 'all');
    await expect(page.getByTestId('library-item')).toHaveCount(3);

    await page.selectOption('[data-testid="export-format"]', 'json');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-run').click()]);
    const again = JSON.parse(readFileSync((await download.path())!, 'utf8')) as Envelope;
    const first = JSON.parse(exported) as Envelope;
    const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(again.papers)).toEqual(byId(first.papers));
    expect(byId(again.library)).toEqual(byId(first.library));
    expect(again.profiles).toEqual(first.profiles);

    // The graph page reads the profile's name from the restored profile, so it shows without a visit to the profile page.
    await page.goto(`chrome-extension://${extensionId}/graph.html?profile=${encodeURIComponent(PROFILE)}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Co-author graph of Ines Kovač');
  });

  test('profile export opens from request', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/library.html`);
    await importFile(page, 'backup.json', backup);

    // The request opens the library filtered to the profile, with the export to run.
    const opened = context.waitForEvent('page', { predicate: (tab) => tab !== page });
    await page.evaluate((profile) => {
      const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage: (message: unknown) => Promise<unknown> } } };
      return chrome.runtime.sendMessage({ type: 'library/open', profile, export: 'bibtex' });
    }, PROFILE);
    const libraryTab = await opened;
    await libraryTab.waitForURL(/library\.html\?/);
    expect(libraryTab.url()).toContain('library.html?profile=google-scholar%3AQQQQ&export=bibtex');

    // That address exports as it loads. A tab opened by the extension may export before a listener can be
    // attached to it, so the address is loaded again in a tab that listens from the start.
    const exporter = await context.newPage();
    const downloaded = exporter.waitForEvent('download', { timeout: 30_000 });
    await exporter.goto(libraryTab.url());
    const download = await downloaded;
    expect(download.suggestedFilename()).toMatch(/^scholar-lens-google-scholar-qqqq-bibtex-\d{4}-\d{2}-\d{2}\.bib$/);
    const bib = readFileSync((await download.path())!, 'utf8');
    expect(bib.match(/^@\w+\{/gm)).toHaveLength(3);
    expect(bib).toContain('深度学习に基づく画像認識');
  });
});

test('re-imports own BibTeX export unchanged', async ({ context, extensionId }) => {
  const pig = paper('Pig carcass grading with image analysis', ['A Rossi', 'Haoran (林浩然)'], 1998, {
    venue: 'Meat Science 49 (2), 137-144',
    topics: [{ field: 'Agricultural and Biological Sciences', label: 'Agricultural and Biological Sciences', score: 0.6, tier: 'venue' }],
  });
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/library.html`);
  const pigBackup = toEnvelopeJson([pig], new Date(NOW), [{ id: pig.id, saved: true, savedAt: NOW, addedAt: NOW }]);
  await page.getByTestId('import-file').setInputFiles({ name: 'pig.json', mimeType: 'application/json', buffer: Buffer.from(pigBackup) });
  await expect(page.getByTestId('import-status')).toHaveText('Imported 1 entry from pig.json: 1 new paper.');

  const exportAs = async (format: string): Promise<string> => {
    await page.selectOption('[data-testid="export-format"]', format);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-run').click()]);
    return readFileSync((await download.path())!, 'utf8');
  };
  const bib = await exportAs('bibtex');
  expect(bib).toContain('keywords = {Agricultural and Biological Sciences}');

  await page.getByTestId('import-file').setInputFiles({ name: 'pig.bib', mimeType: 'application/x-bibtex', buffer: Buffer.from(bib) });
  await expect(page.getByTestId('import-status')).toHaveText('Imported 1 entry from pig.bib: 0 new papers, 1 merged into papers already stored.');

  const after = JSON.parse(await exportAs('json')) as Envelope;
  expect(after.papers.map((entry) => entry.venue)).toEqual(['Meat Science 49 (2), 137-144']);
  expect(after.papers.map((entry) => entry.topics)).toEqual([pig.topics]);
  expect(after.papers.map((entry) => entry.authors)).toEqual([pig.authors]);
  expect(after.library.map((entry) => entry.userTags)).toEqual([undefined]);
});

test('tags imported papers', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/library.html`);
  const bib = '@inproceedings{DBLP:conf/cvpr/HeZRS16, title = {Deep Residual Learning for Image Recognition}, booktitle = {CVPR}, year = {2016}}\n';
  await page.getByTestId('import-file').setInputFiles({ name: 'resnet.bib', mimeType: 'application/x-bibtex', buffer: Buffer.from(bib) });
  await expect(page.getByTestId('import-status')).toHaveText('Imported 1 entry from resnet.bib: 1 new paper.');

  const item = page.getByTestId('library-item').filter({ hasText: 'Deep Residual Learning' });
  await expect(item.locator('.badge-topic')).toHaveText(['Computer Vision and Pattern Recognition']);
});

test('keeps badges and import focus', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/library.html`);
  const venue = `Proceedings of the ${'Very Long and Carefully Named '.repeat(8)}Conference on Computer Vision`;
  const bib = `@inproceedings{he2016deep, title = {Deep Residual Learning for Image Recognition}, booktitle = {${venue}}, year = {2016}, keywords = {to-read}, annote = {Compare with VGG}}\n`;
  const input = page.getByTestId('import-file');
  await input.focus();
  await input.setInputFiles({ name: 'long.bib', mimeType: 'application/x-bibtex', buffer: Buffer.from(bib) });
  await expect(page.getByTestId('import-status')).toHaveText('Imported 1 entry from long.bib: 1 new paper.');
  await expect(input).toBeFocused();

  const item = page.getByTestId('library-item').filter({ hasText: 'Deep Residual Learning' });
  await expect(item.locator('.badge-topic')).toBeInViewport();
  await expect(item.locator('.badge-tag')).toBeInViewport();
  await expect(item.locator('.paper-meta-text')).toHaveAttribute('title', new RegExp(`^${venue} · 2016`));
});

test('imports ORCID works', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/library.html`);
  const doi = { 'external-id-type': 'doi', 'external-id-value': '10.5555/abc.2020.1', 'external-id-relationship': 'self' };
  const summary = (putCode: number, title: string) => ({ 'put-code': putCode, title: { title: { value: title } }, 'publication-date': { year: { value: '2020' } } });
  const works = {
    group: [
      { 'external-ids': { 'external-id': [doi] }, 'work-summary': [summary(1001, 'Coastal erosion maps from drones'), summary(1002, 'Coastal Erosion Maps From Drones')] },
      { 'external-ids': { 'external-id': [] }, 'work-summary': [summary(1003, 'Drone survey field manual')] },
    ],
    path: '/0000-0002-1825-0097/works',
  };
  await page.getByTestId('import-file').setInputFiles({ name: 'works.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(works)) });
  await expect(page.getByTestId('import-status')).toHaveText('Imported 2 entries from works.json: 2 new papers.');
  await page.getByTestId('library-filter').fill('10.5555/abc.2020.1');
  await expect(page.getByTestId('library-item')).toHaveCount(1);
});

test('lists and searches 10,000 papers', async ({ context, extensionId }) => {
  test.setTimeout(180_000);
  const many = Array.from({ length: 10_000 }, (_, index) =>
    paper(`Synthetic study ${index} of ${index % 2 ? 'tidal' : 'glacial'} fjords`, [`Author ${index % 97}`], 1990 + (index % 35)),
  );
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/library.html`);

  const importStart = Date.now();
  await page.getByTestId('import-file').setInputFiles({ name: 'many.json', mimeType: 'application/json', buffer: Buffer.from(toEnvelopeJson(many)) });
  await expect(page.getByTestId('import-status')).toContainText('Imported 10000 entries from many.json: 10000 new papers.', { timeout: 120_000 });
  const importMs = Date.now() - importStart;

  await page.selectOption('#filter-scope', 'all');
  await expect(page.getByTestId('library-count')).toHaveText('10000 stored papers');
  expect(await page.getByTestId('library-item').count()).toBeLessThan(40);

  // The first Tab stop skips the long list to export and import.
  await page.locator('h1').focus();
  await page.keyboard.press('Shift+Tab');
  const skip = page.getByRole('link', { name: 'Skip to export and import' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Export and import' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('export-scope')).toBeFocused();

  // In the list, End and the arrow keys move between papers, not through every control.
  await page.getByTestId('library-list').focus();
  await page.keyboard.press('End');
  const lastSelect = page.locator('li[aria-posinset="10000"]').getByTestId('select-paper');
  await expect(lastSelect).toBeFocused();
  await expect(lastSelect).toBeInViewport();
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('li[aria-posinset="9999"]').getByTestId('select-paper')).toBeFocused();

  // Time from the keystroke to the rendered count, measured inside the page.
  const searchMs = await page.evaluate(async () => {
    const input = document.querySelector<HTMLInputElement>('[data-testid="library-filter"]');
    const count = document.querySelector('[data-testid="library-count"]');
    if (!input || !count) throw new Error('library page has no search input or count');
    const start = performance.now();
    input.value = 'tidal 4';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    while (!count.textContent?.startsWith('Showing')) await new Promise((resolve) => requestAnimationFrame(resolve));
    return performance.now() - start;
  });
  await expect(page.getByTestId('library-count')).toHaveText(/^Showing \d+ of 10000 stored papers$/);

  await page.getByTestId('library-list').evaluate((list) => (list.scrollTop = 500_000));
  await expect(page.locator('[data-testid="library-item"]').last()).toBeVisible();
  console.log(`10,000 papers: import ${importMs} ms, search keystroke to rendered count ${searchMs.toFixed(1)} ms`);
});
