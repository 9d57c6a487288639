import { describe, expect, it, vi } from 'vitest';
import { safeParse } from 'zod/mini';
import { handleRequest } from '../../../lib/background/handler';
import { ScholarLensDatabase } from '../../../lib/db/database';
import { AnalyzeResponse } from '../../../lib/messaging/messages';
import { pageRead, scholarPaper } from '../../helpers/papers';

const papers = [
  scholarPaper({ title: 'Reef fish', authors: [{ name: 'M de Vries' }, { name: 'A Coral' }, { name: 'B Reef' }, { name: 'C Kelp' }], year: 2019 }),
  scholarPaper({ title: 'Reef corals', authors: [{ name: 'Marta de Vries' }, { name: 'A Coral' }, { name: 'B Reef' }], year: 2020 }),
  scholarPaper({ title: 'Kelp forests', authors: [{ name: 'M de Vries' }, { name: 'B Reef' }, { name: 'C Kelp' }], year: 2021 }),
];

function unusedDatabase(): ScholarLensDatabase {
  throw new Error('profile/analyze must not open the database');
}

describe('profile/analyze request', () => {
  it('returns groups and a verdict', async () => {
    const response = await handleRequest({ type: 'profile/analyze', ...pageRead(papers), owner: { name: 'Marta de Vries' } }, unusedDatabase);
    const checked = safeParse(AnalyzeResponse, response);
    expect(checked.success).toBe(true);
    if (!checked.success || !checked.data.ok) throw new Error('expected a successful analysis');
    expect(checked.data.groups).toHaveLength(1);
    expect([...checked.data.groups[0]!.members].sort()).toEqual(['coral a', 'kelp c', 'reef b']);
    expect(checked.data.mergedProfile.warning).toBe(false);
  });

  it('returns the co-author summary', async () => {
    const response = await handleRequest({ type: 'profile/analyze', ...pageRead(papers), owner: { name: 'Marta de Vries' } }, unusedDatabase);
    const checked = safeParse(AnalyzeResponse, response);
    if (!checked.success || !checked.data.ok) throw new Error('expected a successful analysis');
    expect(checked.data.summary.paperCount).toBe(papers.length);
    expect(checked.data.summary.top.map((person) => person.name).sort()).toEqual(['A Coral', 'B Reef', 'C Kelp']);
  });

  it('rejects papers without sighting', async () => {
    const request = { type: 'profile/analyze', papers: pageRead(papers).papers, owner: { name: null } };
    const response = (await handleRequest(request, unusedDatabase)) as { ok: boolean; code: string; error: string };
    expect(response.ok).toBe(false);
    expect(response.code).toBe('invalid-message');
    expect(response.error).toMatch(/^Invalid message: sighting /);
  });
});

describe('graph/open request', () => {
  it('rejects an invalid profile key', async () => {
    const response = (await handleRequest({ type: 'graph/open', profile: 'no key' }, unusedDatabase)) as { ok: boolean; code: string };
    expect(response.ok).toBe(false);
    expect(response.code).toBe('invalid-message');
  });

  it('opens the graph page', async () => {
    const { browser } = await import('wxt/browser');
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    const response = await handleRequest({ type: 'graph/open', profile: 'google-scholar:QQQQ' }, unusedDatabase);
    expect(response).toEqual({ ok: true });
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/graph\.html\?profile=google-scholar%3AQQQQ$/) });
  });
});
