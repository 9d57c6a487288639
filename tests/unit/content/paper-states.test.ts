import { describe, expect, it, vi } from 'vitest';
import { PaperStates } from '../../../lib/content/paper-states';
import type { RowView } from '../../../lib/content/row-views';
import { sendRequest } from '../../../lib/messaging/client';
import { scholarPaper } from '../../helpers/papers';

vi.mock('../../../lib/messaging/client', () => ({ sendRequest: vi.fn() }));

const failure = { ok: false, code: 'internal', error: 'The extension background is not reachable. Reload the page.' };

function setup() {
  const rows = { drop: vi.fn(), redraw: vi.fn(), redrawPaper: vi.fn() };
  const states = new PaperStates('google-scholar', rows, () => {});
  const view: RowView = { paper: scholarPaper({ title: 'Reef fish' }), row: document.createElement('tr'), mount: null };
  return { rows, states, view };
}

describe('PaperStates', () => {
  it('draws rows again when neither storing nor tagging works', async () => {
    vi.mocked(sendRequest).mockResolvedValue(failure as never);
    const { rows, states, view } = setup();
    states.queue(null, [view]);
    await vi.waitFor(() => expect(rows.redraw).toHaveBeenCalledWith([view]));
    expect(states.storageError).toBe(failure.error);
    expect(states.stateOf(view.paper.id)).toBeNull();
  });
});
