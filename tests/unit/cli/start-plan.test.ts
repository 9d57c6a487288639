import { describe, expect, it } from 'vitest';
import type { SavedPageUrl } from '../../../lib/cli/saved-page-url';
import { explainNoOverlays, planStart, screenshotScrollTop, type VerticalExtent } from '../../../lib/cli/start-plan';

const HOMEPAGE: SavedPageUrl = {
  url: 'https://www.example.org/publications/',
  reason: 'the canonical link of page.html; no site adapter reads the page, and the generic detector found a list',
  site: 'generic',
  kind: 'profile',
};
const DBLP_PERSON: SavedPageUrl = { url: 'https://dblp.org/pid/10/1000.html', reason: 'the canonical link of page.html', site: 'dblp', kind: 'profile' };

describe('planStart', () => {
  it('grants a generic page its origin', () => {
    const plan = planStart(HOMEPAGE);
    expect(plan.grantedHost).toBe('https://www.example.org/*');
    expect(plan.expectPanel).toBe(true);
  });

  it('grants nothing on adapter sites', () => {
    expect(planStart(DBLP_PERSON).grantedHost).toBeNull();
  });

  it('grants nothing on live addresses', () => {
    expect(planStart(null)).toEqual({ grantedHost: null, expectPanel: true });
  });

  it('grants nothing without an address', () => {
    expect(planStart({ ...HOMEPAGE, url: null }).grantedHost).toBeNull();
  });

  it('expects no panel on results', () => {
    const plan = planStart({ ...HOMEPAGE, kind: 'results' });
    expect(plan.expectPanel).toBe(false);
    expect(plan.grantedHost).toBe('https://www.example.org/*');
  });
});

describe('explainNoOverlays', () => {
  it('names the granted host', () => {
    const text = explainNoOverlays(HOMEPAGE.url!, HOMEPAGE, planStart(HOMEPAGE)).join(' ');
    expect(text).toContain('the generic detector found a list');
    expect(text).toContain('https://www.example.org/*');
    expect(text).toContain('https://www.example.org/publications/');
    expect(text).not.toContain('found no profile list');
  });

  it('points unread pages to --url', () => {
    const choice: SavedPageUrl = { url: 'https://example.org/', reason: 'given with --url', site: null, kind: null };
    const text = explainNoOverlays('https://example.org/', choice, planStart(choice)).join(' ');
    expect(text).toContain('no site adapter reads the page at https://example.org/');
    expect(text).toContain('Pass --url');
  });

  it('reports adapter pages without a list', () => {
    const text = explainNoOverlays(DBLP_PERSON.url!, DBLP_PERSON, planStart(DBLP_PERSON)).join(' ');
    expect(text).toContain('found no profile list at https://dblp.org/pid/10/1000.html');
  });
});

/** The viewport height of `npm start`, in CSS pixels. */
const VIEWPORT_HEIGHT = 900;

/** True when `extent` lies whole in the viewport scrolled down by `scrollTop`. */
function inView(extent: VerticalExtent, scrollTop: number): boolean {
  return extent.top >= scrollTop && extent.bottom <= scrollTop + VIEWPORT_HEIGHT;
}

// Extents measured with `npm start` on the saved pages, with the site's stylesheets blocked.
const DBLP_PERSON_PANEL = { top: 1711.7, bottom: 2352.2 };
const DBLP_PERSON_ROW = { top: 3057, bottom: 3075 };

describe('screenshotScrollTop', () => {
  it('stays at the top without overlays', () => {
    expect(screenshotScrollTop({ panel: null, firstRow: null }, VIEWPORT_HEIGHT)).toBe(0);
  });

  it('stays at the top on Scholar', () => {
    const overlays = { panel: { top: 30, bottom: 839.9 }, firstRow: { top: 324.6, bottom: 342.6 } };
    expect(screenshotScrollTop(overlays, VIEWPORT_HEIGHT)).toBe(0);
  });

  it('scrolls to a dblp panel', () => {
    const scrollTop = screenshotScrollTop({ panel: DBLP_PERSON_PANEL, firstRow: DBLP_PERSON_ROW }, VIEWPORT_HEIGHT);
    expect(scrollTop).toBe(1591);
    expect(inView(DBLP_PERSON_PANEL, scrollTop)).toBe(true);
  });

  it('scrolls to a row without panel', () => {
    const firstRow = { top: 2841.3, bottom: 2859.3 };
    const scrollTop = screenshotScrollTop({ panel: null, firstRow }, VIEWPORT_HEIGHT);
    expect(scrollTop).toBe(2721);
    expect(inView(firstRow, scrollTop)).toBe(true);
  });

  it('frames both when they fit', () => {
    const overlays = { panel: { top: 1000, bottom: 1500 }, firstRow: { top: 1600, bottom: 1618 } };
    const scrollTop = screenshotScrollTop(overlays, VIEWPORT_HEIGHT);
    expect(inView(overlays.panel, scrollTop)).toBe(true);
    expect(inView(overlays.firstRow, scrollTop)).toBe(true);
  });

  it('puts a lower panel at the bottom', () => {
    const overlays = { panel: { top: 1429.9, bottom: 1925.7 }, firstRow: { top: 405.3, bottom: 423.3 } };
    const scrollTop = screenshotScrollTop(overlays, VIEWPORT_HEIGHT);
    expect(scrollTop).toBe(1041);
    expect(inView(overlays.panel, scrollTop)).toBe(true);
  });

  it('starts a tall panel at its top', () => {
    const overlays = { panel: { top: 1200, bottom: 2400 }, firstRow: { top: 300, bottom: 318 } };
    expect(screenshotScrollTop(overlays, VIEWPORT_HEIGHT)).toBe(1080);
  });
});
