/**
 * Google's country domains that serve Scholar. Manifest match patterns cannot wildcard a
 * top-level domain, so each is listed.
 */
const GOOGLE_SUFFIXES = (
  'com ac ad ae al am as at az ba be bf bg bi bj bs bt by ca cat cd cf cg ch ci cl cm cn cv cz de dj dk dm dz ' +
  'ee es fi fm fr ga ge gg gl gm gr gy hn hr ht hu ie im iq is it je jo kg ki kz la li lk lt lu lv md me mg mk ' +
  'ml mn mu mv mw ne nl no nr nu pl pn ps pt ro rs ru rw sc se sh si sk sm sn so sr st td tg tl tm tn to tt vg vu ws ' +
  'co.ao co.bw co.ck co.cr co.id co.il co.in co.jp co.ke co.kr co.ls co.ma co.mz co.nz co.th co.tz co.ug co.uk ' +
  'co.uz co.ve co.vi co.za co.zm co.zw com.af com.ag com.ar com.au com.bd com.bh com.bn com.bo com.br com.bz ' +
  'com.co com.cu com.cy com.do com.ec com.eg com.et com.fj com.gh com.gi com.gt com.hk com.jm com.kh com.kw ' +
  'com.lb com.ly com.mm com.mt com.mx com.my com.na com.ng com.ni com.np com.om com.pa com.pe com.pg com.ph ' +
  'com.pk com.pr com.py com.qa com.sa com.sb com.sg com.sl com.sv com.tj com.tr com.tw com.ua com.uy com.vc com.vn'
).split(' ');

/** Profile lists live under /citations, search results under /scholar. */
export const SCHOLAR_MATCH_PATTERNS: readonly string[] = GOOGLE_SUFFIXES.flatMap((suffix) => [
  `*://scholar.google.${suffix}/citations*`,
  `*://scholar.google.${suffix}/scholar?*`,
]);

const HOST = /^scholar\.google\.(?:[a-z]{2,3}|co\.[a-z]{2}|com\.[a-z]{2})$/;

export function isScholarHost(hostname: string): boolean {
  return HOST.test(hostname.toLowerCase());
}
