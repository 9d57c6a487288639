import { describe, expect, it } from 'vitest';
import { httpUrl } from '../../../lib/sites/dom';

const BASE = 'https://scholar.google.com/citations?user=qc6CJjYAAAAJ&hl=en';

/** Resolves `href` with the URL parser, the result that `httpUrl` must match. */
function parsed(href: string, base: string): string | null {
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

describe('httpUrl', () => {
  const hrefs = [
    '/citations?view_op=view_citation&hl=en&user=qc6CJjYAAAAJ&citation_for_view=qc6CJjYAAAAJ:u5HHmVD_uO8C',
    '/scholar?oi=bibs&hl=en&cites=8170069387153920792,123',
    '/a/./b',
    '/a/../b',
    '/a/%2e%2e/b',
    '/a/%2E/b',
    '/a/b/.',
    '/a/b/..',
    '//evil.example/x',
    '//localhost/x',
    '/a//b',
    "/it's?q='quoted'",
    '/path with space',
    '/q?x="y"&z=<w>',
    '/a\\b',
    '/a#frag',
    '/%zz/%41',
    '/~user/(x)*+,;=:@!$&',
    '/ü',
    ' /trimmed ',
    'javascript:alert(1)',
    'data:text/html,x',
    'relative/path',
    '?only=query',
    'https://other.example/x',
  ];
  for (const href of hrefs) {
    it(`resolves ${JSON.stringify(href)} like the URL parser`, () => {
      expect(httpUrl(href, BASE)).toBe(parsed(href, BASE));
      expect(httpUrl(href, 'http://127.0.0.1:8080/list/')).toBe(parsed(href, 'http://127.0.0.1:8080/list/'));
    });
  }

  it('rejects a base that is not http(s)', () => {
    expect(httpUrl('/citations?user=x', 'file:///tmp/page.html')).toBeNull();
    expect(httpUrl('/citations?user=x', 'not a url')).toBeNull();
  });
});
