import { describe, expect, it } from 'vitest';
import { aclAnthology } from '../../../lib/sites/acl-anthology';
import { anthologyIdOf, personSlugOf } from '../../../lib/sites/acl-anthology/rows';
import { parseHtml } from '../../helpers/pages';

const URL_2026 = new URL('https://aclanthology.org/people/ines-kovac/unverified/');

const PAGE = `<h2 id=title><span>Ines</span> <span>Kovač</span></h2>
<div class=row><div class=col-lg-9>
<h4>2024</h4>
<div class="d-sm-flex align-items-stretch mb-3"><div class="d-block me-2 list-button-row">
<a class="badge text-bg-primary" href=https://aclanthology.org/2024.acl-long.7.pdf>pdf</a></div>
<span class=d-block><strong><a class=align-middle href="/2024.acl-long.7/">Rivers <span class=acl-fixed-case>NLP</span></a></strong><br>
<a href="/people/ines-kovac/unverified/">Ines Kovač</a> | <a href="/people/tor-aas/">Tor Aas</a><br>
<a href="/volumes/2024.acl-long/" class=text-muted>Proceedings of ACL 2024</a></span></div>
<div class="d-sm-flex align-items-stretch mb-3">
<span class=d-block><strong><a class=align-middle href="javascript:void(0)">No id</a></strong></span></div>
<div class="card abstract-collapse"><div class=card-body>Second abstract.</div></div>
<h4>2023</h4>
<div class="d-sm-flex"><span class=d-block><strong></strong></span></div>
</div><div class=col-lg-3></div></div>`;

describe('ACL Anthology ids', () => {
  it.each([
    ['/2022.in2writing-1.1/', '2022.in2writing-1.1'],
    ['/W19-4201/', 'W19-4201'],
    ['https://aclanthology.org/P19-1001/', 'P19-1001'],
    ['/volumes/W19-42/', null],
    ['/people/tor-aas/', null],
  ])('Anthology id of %s', (href, id) => {
    expect(anthologyIdOf(href)).toBe(id);
  });

  it.each([
    ['https://aclanthology.org/people/a/andreas-madsack/', 'andreas-madsack'],
    ['https://aclanthology.org/people/andreas-madsack/unverified/', 'andreas-madsack'],
    ['https://aclanthology.org/volumes/W19-42/', null],
  ])('person slug of %s', (href, slug) => {
    expect(personSlugOf(new URL(href))).toBe(slug);
  });
});

describe('ACL Anthology adapter', () => {
  it('reads rows and their years', () => {
    const doc = parseHtml(PAGE);
    const page = aclAnthology.detect(doc, URL_2026)!;
    const rows = aclAnthology.parse(doc, page).rows;
    expect(rows).toHaveLength(3);
    expect(rows[0]?.paper).toMatchObject({ title: 'Rivers NLP', year: 2024, venue: 'Proceedings of ACL 2024', ids: { aclAnthology: '2024.acl-long.7' } });
    expect(rows[0]?.paper?.abstract).toBeUndefined();
  });

  it('warns on a title without an id', () => {
    const doc = parseHtml(PAGE);
    const page = aclAnthology.detect(doc, URL_2026)!;
    const row = aclAnthology.parse(doc, page).rows[1];
    expect(row?.paper?.ids).toEqual({});
    expect(row?.paper?.abstract).toBe('Second abstract.');
    expect(row?.warning).toContain('no Anthology id');
    expect(row?.paper?.links.every((link) => link.url.startsWith('https://'))).toBe(true);
  });

  it('skips a row without a title', () => {
    const doc = parseHtml(PAGE);
    const page = aclAnthology.detect(doc, URL_2026)!;
    const row = aclAnthology.parse(doc, page).rows[2];
    expect(row?.paper).toBeNull();
  });

  it('finds no list on other pages', () => {
    expect(aclAnthology.detect(parseHtml('<h2 id=title>Ines</h2><div class=col-lg-9></div>'), URL_2026)).toBeNull();
    expect(aclAnthology.listExpected?.(URL_2026)).toBe(true);
    expect(aclAnthology.matches(new URL('https://aclanthology.org/volumes/W19-42/'))).toBe(false);
  });
});
