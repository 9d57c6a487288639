import { describe, expect, it } from 'vitest';
import { cleanText, httpUrl } from '../../../lib/sites/dom';

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
    'https://scholar.google.com/scholar?oi=bibs&hl=en&cites=8170069387153920792,123',
    'https://Scholar.Google.com/x',
    'https://scholar.google.COM/x',
    'HTTPS://a.example/x',
    'https://0x7f.1/x',
    'https://127.1/x',
    'https://1.2.3.4/x',
    'https://xn--nxasmq6b.example/x',
    'https://a.example:443/x',
    'http://a.example:80/x',
    'https://user@a.example/x',
    'https://a.example/./x',
    'https://a.example/b/%2E%2E/x',
    'https://a.example//x',
    'https://a.example',
    'https://a..example/x',
    'https://-a.example/x',
    'https://a.example./x',
    'https://a.example/x#frag',
    'https://a.example/ü',
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

describe('cleanText', () => {
  /** The full clean-up that `cleanText` must match whether or not it skips it. */
  const reference = (text: string) => text.replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '').replace(/\s+/g, ' ').trim();

  it.each([
    'Plain title with single spaces',
    '  leading',
    'trailing ',
    'two  spaces',
    'tab\there',
    'line\nbreak',
    'no\u00a0break',
    'narrow\u202fspace',
    'zero\u200bwidth',
    '\u202bright to left\u202c',
    '\ufeffmarked',
    'line\u2028separator',
    ' ',
    '',
  ])('cleans %j like the full clean-up', (text) => {
    expect(cleanText(text)).toBe(reference(text));
  });

  it('matches the full clean-up on random text', () => {
    const alphabet = ['a', 'b', ' ', '  ', '\t', '\n', '\u00a0', '\u200b', '\u200e', '\u2066', '\ufeff', '\u3000', 'é'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: Math.floor(next() * 8) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      expect(cleanText(text)).toBe(reference(text));
    }
  });
});
