import { describe, expect, it } from 'vitest';
import { showUnrecognisedNotice } from '../../../lib/content/host';
import { adapterForUrl } from '../../../lib/sites';

describe('unrecognised layout', () => {
  it('shows a plain notice', () => {
    document.body.innerHTML = '<main><p>A redesigned page</p></main>';
    showUnrecognisedNotice(document, 'dblp');
    const host = document.querySelector('scholar-lens-panel[data-floating]');
    expect(host?.shadowRoot?.querySelector('[data-testid="layout-unrecognised"]')?.textContent).toContain(
      "Scholar Lens: this page's layout is not recognised",
    );
  });

  it.each([
    'https://dblp.org/pid/46/5782.html',
    'https://aclanthology.org/people/andreas-madsack/unverified/',
    'https://arxiv.org/a/quist_r_1',
    'https://arxiv.org/abs/2005.14165',
  ])('claims %s and expects a list', (href) => {
    const url = new URL(href);
    const adapter = adapterForUrl(url);
    expect(adapter).not.toBeNull();
    expect(adapter?.detect(document, url)).toBeNull();
    expect(adapter?.listExpected?.(url)).toBe(true);
  });
});
