/** Strings that pages may contain and that must stay inert text in the overlays. */
export const HOSTILE_TEXT = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  "'; alert(1); //",
  '\u202egnp.exe\u202c',
  '\u200f\u200e\u061c',
  '\u200b\u200c\u200d\u2060\ufeff',
  'T\u200bi\u200ct\u200dl\ufeffe',
  '\u0000\u0001\u001f',
  '{{constructor.constructor("alert(1)")()}}',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀 \ud800',
  '   ',
  '…',
  '...',
  '2026 2027 99999999999999999999',
  '１２３',
];

/** URLs with schemes or shapes that must never become a link. */
export const HOSTILE_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.domain)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  '\u0001javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example/x',
  '/citations?view_op=view_citation&citation_for_view=javascript:alert(1)',
  'javascript:alert(1)//citation_for_view=AAAA:BBBB',
  'https://scholar.google.com/citations?view_op=view_citation&citation_for_view=\u202eAAAA:BBBB',
  'https://github.com/a/b" onmouseover="alert(1)',
  'https://\u200bexample.com/',
];

/** Markup inserted as elements, not text. */
export const HOSTILE_MARKUP = [
  '<img src="x" onerror="alert(1)">',
  '<script>window.__fuzzed = 1</script>',
  '<a href="javascript:alert(1)">click</a>',
  '<a href="data:text/html,<b>x</b>" class="gsc_a_at">data title</a>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<svg onload="alert(1)"><a href="javascript:alert(1)">x</a></svg>',
  '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">go</button></form>',
];

/** About one megabyte of title text; decoded pages can carry titles this long. */
export const HUGE_TEXT = 'Deep learning '.repeat(75_000);
