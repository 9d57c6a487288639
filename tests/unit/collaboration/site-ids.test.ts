import { describe, expect, it } from 'vitest';
import { analyzeProfile } from '../../../lib/analysis/collaboration/analyze';
import { summarizeCollaboration } from '../../../lib/analysis/collaboration/summary';
import type { Author, Paper } from '../../../lib/model';
import { dblp } from '../../../lib/sites/dblp';
import { parseHtml } from '../../helpers/pages';
import { scholarPaper } from '../../helpers/papers';

const NOW = '2026-01-01T00:00:00.000Z';

/** Builds one dblp entry by the page owner and one co-author given as `[name with homonym number, pid]`. */
function dblpEntry(key: string, title: string, coauthor: [string, string]): string {
  const [name, pid] = coauthor;
  return `<li class="entry article toc" id="${key}"><cite class="data" itemprop="headline">
<span itemprop="author" itemscope><span class="this-person" itemprop="name">Ana Lopez</span></span>,
<span itemprop="author" itemscope><a href="https://dblp.org/pid/${pid}.html" itemprop="url"><span itemprop="name" title="${name}">${name}</span></a></span>:
<span class="title" itemprop="name">${title}.</span></cite></li>`;
}

function dblpPersonPage(entries: string[]): string {
  return `<!DOCTYPE html><html><head><title>dblp: Ana Lopez</title>
<link rel="canonical" href="https://dblp.org/pid/10/1000.html"></head><body>
<header id="headline"><h1><span class="name primary" itemprop="name">Ana Lopez</span></h1></header>
<div id="publ-section"><ul class="publ-list"><li class="year">2023</li>${entries.join('\n')}</ul></div></body></html>`;
}

function parseDblp(html: string): { papers: Paper[]; owner: string } {
  const doc = parseHtml(html);
  const page = dblp.detect(doc, new URL('file:///saved.html'));
  if (!page) throw new Error('inline dblp page not detected');
  const { profile, rows } = dblp.parse(doc, page, NOW);
  return { papers: rows.flatMap((row) => (row.paper ? [row.paper] : [])), owner: profile?.name ?? '' };
}

let counter = 0;
function paper(authors: Author[]): Paper {
  counter += 1;
  return scholarPaper({ title: `Paper ${counter}`, authors: [{ name: 'Ana Lopez' }, ...authors] });
}

const withPid = (pid: string): Author => ({ name: 'Wei Zhang', url: `https://dblp.org/pid/${pid}.html`, siteId: pid });
const WITHOUT_ID: Author = { name: 'Wei Zhang' };

function coauthorsOf(papers: Paper[]) {
  return summarizeCollaboration(papers, { name: 'Ana Lopez' }).top.map(({ name, papers: count, siteId }) => ({ name, papers: count, siteId }));
}

describe('co-authors with site ids', () => {
  it('keeps dblp namesakes apart', () => {
    const { papers, owner } = parseDblp(
      dblpPersonPage([
        dblpEntry('journals/x/A1', 'First', ['Wei Zhang 0001', '77/2020-1']),
        dblpEntry('journals/x/A2', 'Second', ['Wei Zhang 0001', '77/2020-1']),
        dblpEntry('journals/x/A3', 'Third', ['Wei Zhang', '11/1111']),
      ]),
    );
    const { summary } = analyzeProfile(papers, { name: owner });

    expect(summary.coauthorCount).toBe(2);
    expect(summary.top.map((person) => [person.name, person.papers, person.siteId])).toEqual([
      ['Wei Zhang', 2, '77/2020-1'],
      ['Wei Zhang', 1, '11/1111'],
    ]);
    expect(summary.top[0]?.url).toBe('https://dblp.org/pid/77/2020-1.html');
    expect(summary.top[1]?.url).toBe('https://dblp.org/pid/11/1111.html');
  });

  it('joins one id with id-less mentions', () => {
    const people = coauthorsOf([paper([withPid('77/2020-1')]), paper([withPid('77/2020-1')]), paper([WITHOUT_ID])]);
    expect(people).toEqual([{ name: 'Wei Zhang', papers: 3, siteId: undefined }]);
  });

  it('keeps id-less mentions off namesakes', () => {
    const people = coauthorsOf([paper([withPid('77/2020-1')]), paper([withPid('77/2020-1')]), paper([withPid('11/1111')]), paper([WITHOUT_ID])]);
    expect(people).toEqual([
      { name: 'Wei Zhang', papers: 2, siteId: '77/2020-1' },
      { name: 'Wei Zhang', papers: 1, siteId: '11/1111' },
      { name: 'Wei Zhang', papers: 1, siteId: undefined },
    ]);
  });

  it('joins spellings sharing one id', () => {
    const before: Author = { name: 'Maria Garcia', url: 'https://dblp.org/pid/55/5555.html', siteId: '55/5555' };
    const after: Author = { ...before, name: 'Maria Garcia-Lopez' };
    const people = coauthorsOf([paper([before]), paper([after])]);
    expect(people).toEqual([{ name: 'Maria Garcia-Lopez', papers: 2, siteId: undefined }]);
  });

  it('never compares ids across hosts', () => {
    const acl: Author = { name: 'Wei Zhang', url: 'https://aclanthology.org/people/wei-zhang/', siteId: 'wei-zhang' };
    const people = coauthorsOf([paper([withPid('77/2020-1')]), paper([acl])]);
    expect(people).toEqual([{ name: 'Wei Zhang', papers: 2, siteId: undefined }]);
  });

  it('withholds links from panel namesakes', () => {
    const siteCoauthors = [
      { name: 'Wei Zhang', url: 'https://scholar.google.com/citations?user=AAAA', siteId: 'AAAA' },
      { name: 'Wei Zhang', url: 'https://scholar.google.com/citations?user=BBBB', siteId: 'BBBB' },
    ];
    const [person] = summarizeCollaboration([paper([WITHOUT_ID])], { name: 'Ana Lopez', coauthors: siteCoauthors }).top;
    expect(person?.name).toBe('Wei Zhang');
    expect(person?.url).toBeUndefined();
  });
});
