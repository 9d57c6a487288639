import { describe, expect, it, vi } from 'vitest';
import { PaperStates } from '../../../lib/content/paper-states';
import type { RowView } from '../../../lib/content/row-views';
import { sendRequest } from '../../../lib/messaging/client';
import type { Paper } from '../../../lib/model';
import { SCHOLAR_SIGHTING, pageRead, scholarPaper } from '../../helpers/papers';

vi.mock('../../../lib/messaging/client', () => ({ sendRequest: vi.fn() }));

const failure = { ok: false, code: 'internal', error: 'The extension background is not reachable. Reload the page.' };

function setup() {
  const rows = { drop: vi.fn(), redraw: vi.fn(), redrawPaper: vi.fn(), settleToggles: vi.fn() };
  const states = new PaperStates('google-scholar', rows, () => {});
  const view: RowView = { paper: scholarPaper({ title: 'Reef fish' }), row: document.createElement('tr'), mount: null };
  return { rows, states, view };
}

describe('PaperStates', () => {
  it('redraws rows when storing fails', async () => {
    vi.mocked(sendRequest).mockResolvedValue(failure as never);
    const { rows, states, view } = setup();
    states.queue(null, SCHOLAR_SIGHTING, [view]);
    await vi.waitFor(() => expect(rows.redraw).toHaveBeenCalledWith([view]));
    expect(states.storageError).toBe(failure.error);
    expect(states.stateOf(view.paper.id)).toBeNull();
  });
});

/** Replies to `papers/upsert` with `reply`, and to `papers/tag-stored` with no new topics. */
function replyToUpsert(reply: unknown): void {
  vi.mocked(sendRequest).mockImplementation((async (request: { type: string; ids?: string[] }) =>
    request.type === 'papers/upsert' ? reply : { ok: true, topics: (request.ids ?? []).map(() => null) }) as never);
}

/** Returns paper states over three rows whose overlays are mocked. */
function threeRows() {
  const rows = { drop: vi.fn(), redraw: vi.fn(), redrawPaper: vi.fn(), settleToggles: vi.fn() };
  const states = new PaperStates('google-scholar', rows, () => {});
  const views: RowView[] = ['Reef fish', 'Kelp forests', 'Coral bleaching'].map((title) => ({
    paper: scholarPaper({ title }),
    row: document.createElement('tr'),
    mount: null,
  }));
  return { rows, states, views };
}

describe('PaperStates sending papers', () => {
  it('sends the sighting once', async () => {
    const { states, views } = threeRows();
    const { sighting, papers: records } = pageRead(views.map((view) => view.paper as Paper));
    views.forEach((view, index) => (view.paper = records[index]!));
    replyToUpsert({ ok: false, code: 'internal', error: 'stop here' });
    vi.mocked(sendRequest).mockClear();
    states.queue(null, sighting, views);
    await vi.waitFor(() => expect(sendRequest).toHaveBeenCalled());
    const request = vi.mocked(sendRequest).mock.calls[0]?.[0] as { type: string; sighting: unknown; papers: unknown[] };
    expect(request.type).toBe('papers/upsert');
    expect(request.sighting).toBe(sighting);
    // The records go as the rows hold them: no copy per row, and no provenance.
    request.papers.forEach((paper, index) => expect(paper).toBe(records[index]));
    expect(request.papers[0]).not.toHaveProperty('provenance');
  });
});

describe('PaperStates applying stored states', () => {
  it('names invalid states as an error', async () => {
    const { rows, states, views } = threeRows();
    const [good, rejected, broken] = views as [RowView, RowView, RowView];
    const state = { id: good.paper.id, saved: true, codeLinks: [], topics: [] };
    replyToUpsert({ ok: true, states: [state, null, { id: 7 }], rejected: [{ index: 1, error: 'invalid title' }] });
    states.queue(null, SCHOLAR_SIGHTING, views);
    await vi.waitFor(() => expect(rows.redraw).toHaveBeenCalled());
    expect(states.stateOf(good.paper.id)).toEqual(state);
    expect(states.isSaved(good)).toBe(true);
    expect(rows.drop).toHaveBeenCalledWith(rejected);
    expect(states.stateOf(broken.paper.id)).toBeNull();
    expect(states.storageError).toBe('The background sent an invalid state for 1 paper. Reload the page.');
  });

  it('settles toggles before full states', async () => {
    const { rows, states, views } = threeRows();
    const [first, second, third] = views as [RowView, RowView, RowView];
    // The second state has a valid flag but invalid topics, and the third was rejected.
    const replies = [
      { id: 'p-stored', saved: true, codeLinks: [], topics: [] },
      { id: second.paper.id, saved: false, codeLinks: [], topics: 'none' },
      null,
    ];
    replyToUpsert({ ok: true, states: replies, rejected: [{ index: 2, error: 'invalid title' }] });
    states.queue(null, SCHOLAR_SIGHTING, views);
    await vi.waitFor(() => expect(rows.redraw).toHaveBeenCalled());

    expect(rows.settleToggles).toHaveBeenCalledTimes(1);
    expect(rows.settleToggles).toHaveBeenCalledWith([
      { view: first, saved: true },
      { view: second, saved: false },
    ]);
    expect(rows.settleToggles.mock.invocationCallOrder[0]).toBeLessThan(rows.redraw.mock.invocationCallOrder[0]!);
    expect(first.paper.id).toBe('p-stored');
    expect(states.isSaved(first)).toBe(true);
    expect(rows.drop).toHaveBeenCalledWith(third);
  });
});

describe('PaperStates tags after storing', () => {
  it('asks tags for untagged papers', async () => {
    const { rows, states, views } = threeRows();
    const [plain, categorized] = views as [RowView, RowView, RowView];
    categorized.paper = { ...categorized.paper, topics: [{ field: 'Physics and Astronomy', label: 'Fluid Dynamics', score: 1, tier: 'arxiv-category' }] };
    const topic = { field: 'Earth Sciences', label: 'Oceanography', score: 0.8, tier: 'lexicon' };
    const stateOf = (view: RowView) => ({ id: view.paper.id, saved: false, codeLinks: [], topics: view.paper.topics });
    vi.mocked(sendRequest).mockClear();
    vi.mocked(sendRequest).mockImplementation((async (request: { type: string; ids?: string[] }) =>
      request.type === 'papers/upsert'
        ? { ok: true, states: views.map(stateOf), rejected: [] }
        : { ok: true, topics: (request.ids ?? []).map((id) => (id === plain.paper.id ? [topic] : null)) }) as never);
    states.queue({ site: 'google-scholar', id: 'QQQQ' } as never, SCHOLAR_SIGHTING, views);
    await vi.waitFor(() => expect(states.stateOf(plain.paper.id)?.topics).toEqual([topic]));
    const tagRequest = vi.mocked(sendRequest).mock.calls.map(([request]) => request).find((request) => request.type === 'papers/tag-stored');
    expect(tagRequest).toEqual({ type: 'papers/tag-stored', ids: [plain.paper.id, views[2]?.paper.id], profile: 'google-scholar:QQQQ' });
    expect(plain.paper.topics).toEqual([topic]);
    expect(rows.redraw).toHaveBeenLastCalledWith([plain]);
  });
});
