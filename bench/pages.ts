import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REAL_PAGES } from '../scripts/shared-folder';

/** Saved rows of a real profile (1114 rows), the source of every generated page. */
const ROW_SOURCE = resolve(REAL_PAGES, 'google-scholar/einstein-tbody-fragment-1114rows.html');

export const PROFILE_URL = 'https://scholar.google.com/citations?user=qc6CJjYAAAAJ&hl=en';

/** Returns the real rows as HTML strings, in page order. */
export function realRows(): string[] {
  return readFileSync(ROW_SOURCE, 'utf8').match(/<tr class="gsc_a_tr">[\s\S]*?<\/tr>/g) ?? [];
}

/**
 * Builds a Scholar-like profile page with `count` real rows (repeated when more are asked for than
 * exist), with the ids and classes the adapter reads. Styles are a short stand-in for Scholar's.
 * As on Scholar at desktop widths, the sidebar with the cited-by box (where the profile panel goes)
 * floats right of the publication table, so the panel's height does not move the rows.
 */
export function scholarPage(rows: string[], count: number): string {
  const body: string[] = [];
  for (let i = 0; i < count; i++) body.push(rows[i % rows.length]!);
  return `<!doctype html><html><head><meta charset="utf-8">
<link rel="canonical" href="${PROFILE_URL.replace(/&/g, '&amp;')}">
<style>body{font:13px Arial,sans-serif;margin:0}#gsc_bdy{max-width:1200px;margin:0 auto}
.gsc_rsb{float:right;width:317px;border-left:1px solid #eee}#gsc_art{overflow:hidden}
#gsc_a_t{width:100%;border-collapse:collapse}
.gsc_a_tr td{padding:8px;border-bottom:1px solid #eee;vertical-align:top}.gs_gray{color:#777}
.gsc_a_c,.gsc_a_y{width:60px;text-align:right}</style></head>
<body><div id="gsc_bdy"><div id="gsc_prf_i"><div id="gsc_prf_in">Albert Einstein</div></div>
<div id="gsc_rsb" class="gsc_rsb"><div id="gsc_rsb_cit">Cited by</div></div>
<div id="gsc_art"><table id="gsc_a_t"><tbody id="gsc_a_b">${body.join('')}</tbody></table></div></div></body></html>`;
}
