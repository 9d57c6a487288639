import { describe, expect, it } from 'vitest';
import type { SavedPageUrl } from '../../../lib/cli/saved-page-url';
import { explainNoOverlays, planStart } from '../../../lib/cli/start-plan';

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
