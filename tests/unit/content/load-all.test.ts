import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadAllRows } from '../../../lib/content/load-all';
import { googleScholar } from '../../../lib/sites/google-scholar';

const ROWS = ['AAAA', 'BBBB', 'CCCC'];

function row(id: string): string {
  return `<tr class="gsc_a_tr"><td class="gsc_a_t"><a class="gsc_a_at" href="/citations?view_op=view_citation&amp;user=QQQQ&amp;citation_for_view=QQQQ:${id}">Paper ${id}</a></td></tr>`;
}

/**
 * A page whose script behaves like Scholar's: a click disables the button, asks for the next
 * `pageSize` rows starting after the rows already shown, appends them, then re-enables the
 * button only while rows remain.
 */
function buildPage(options: { pageSize: number; fail?: boolean }) {
  document.body.innerHTML = `<table><tbody id="gsc_a_b">${ROWS.slice(0, options.pageSize).map(row).join('')}</tbody></table>
    <div id="gsc_a_err" class="gs_alrt"></div><button type="button" id="gsc_bpf_more">more</button>`;
  const body = document.getElementById('gsc_a_b')!;
  const button = document.getElementById('gsc_bpf_more') as HTMLButtonElement;
  const requests: { cstart: number; at: number }[] = [];
  button.addEventListener('click', () => {
    const cstart = body.querySelectorAll('tr').length;
    requests.push({ cstart, at: Date.now() });
    button.disabled = true;
    setTimeout(() => {
      if (options.fail) {
        document.getElementById('gsc_a_err')!.classList.add('gs_vis');
        button.disabled = false;
        return;
      }
      const next = ROWS.slice(cstart, cstart + options.pageSize);
      appendRows(body, next.map(row).join(''));
      button.disabled = cstart + options.pageSize >= ROWS.length;
    }, 50);
  });
  return { body, button, requests };
}

/** Appends rows parsed inside a table, since `<tr>` parses only in a table context. */
function appendRows(body: HTMLElement, html: string): void {
  const parsed = new DOMParser().parseFromString(`<table><tbody>${html}</tbody></table>`, 'text/html');
  for (const tr of Array.from(parsed.querySelectorAll('tr'))) body.append(document.importNode(tr, true));
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('loadAllRows', () => {
  it('pages until the button is disabled', async () => {
    const { body, requests } = buildPage({ pageSize: 2 });
    const progress = vi.fn();
    const outcome = await loadAllRows(document, googleScholar.loadMore!, body, () => body.querySelectorAll('tr').length, {
      minInterval: 100,
      onProgress: progress,
    });
    expect(outcome).toEqual({ status: 'complete', rows: 3 });
    expect(requests.map((request) => request.cstart)).toEqual([2]);
    expect(progress).toHaveBeenCalledWith(3);
    const ids = Array.from(body.querySelectorAll('a')).map((link) => link.textContent);
    expect(ids).toEqual(['Paper AAAA', 'Paper BBBB', 'Paper CCCC']);
  });

  it('waits the minimum interval between clicks', async () => {
    const { body, requests } = buildPage({ pageSize: 1 });
    await loadAllRows(document, googleScholar.loadMore!, body, () => body.querySelectorAll('tr').length, { minInterval: 300 });
    expect(requests.map((request) => request.cstart)).toEqual([1, 2]);
    expect((requests[1]?.at ?? 0) - (requests[0]?.at ?? 0)).toBeGreaterThanOrEqual(290);
  });

  it('stops when the page shows its error box', async () => {
    const { body, requests } = buildPage({ pageSize: 2, fail: true });
    const outcome = await loadAllRows(document, googleScholar.loadMore!, body, () => body.querySelectorAll('tr').length, {
      minInterval: 50,
    });
    expect(outcome).toEqual({ status: 'blocked', rows: 2 });
    expect(requests).toHaveLength(1);
  });

  it('stops when a click brings nothing in time', async () => {
    document.body.innerHTML = '<table><tbody id="gsc_a_b"></tbody></table><button id="gsc_bpf_more">more</button>';
    const body = document.getElementById('gsc_a_b')!;
    const outcome = await loadAllRows(document, googleScholar.loadMore!, body, () => body.querySelectorAll('tr').length, {
      timeout: 100,
    });
    expect(outcome.status).toBe('timed-out');
  });

  it('stops on abort', async () => {
    const { body } = buildPage({ pageSize: 1 });
    const controller = new AbortController();
    const running = loadAllRows(document, googleScholar.loadMore!, body, () => body.querySelectorAll('tr').length, {
      minInterval: 1000,
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 120);
    expect((await running).status).toBe('cancelled');
  });
});
