import { describe, expect, it } from 'vitest';
import { toBibtex } from '../../../lib/export/bibtex';
import { toCslJson } from '../../../lib/export/csl';
import { landingUrl, type AnnotatedPaper } from '../../../lib/export/fields';
import { toRis } from '../../../lib/export/ris';
import type { PaperLink } from '../../../lib/model';
import { makePaper, readBibEntries } from './helpers';

const DETAIL: PaperLink = { kind: 'detail', url: 'https://scholar.google.com/citations?view_op=view_citation&citation_for_view=QQQQ:AAAA' };
const ARXIV: PaperLink = { kind: 'arxiv', url: 'https://arxiv.org/abs/2005.14165' };
const DOI: PaperLink = { kind: 'doi', url: 'https://doi.org/10.5555/x.1' };
const PUBLISHER: PaperLink = { kind: 'publisher', url: 'https://example.org/paper' };
const PDF: PaperLink = { kind: 'pdf', url: 'https://example.org/paper.pdf' };

describe('landingUrl', () => {
  it.each<[string, PaperLink[], string | null]>([
    ['the DOI before a record page', [DETAIL, ARXIV, DOI], DOI.url],
    ['the publisher before the preprint', [ARXIV, PUBLISHER], PUBLISHER.url],
    ['the arXiv page before a record page', [DETAIL, ARXIV], ARXIV.url],
    ['the record page alone', [DETAIL], DETAIL.url],
    ['no PDF link', [PDF], null],
  ])('picks %s', (_case, links, url) => {
    expect(landingUrl(makePaper({ id: 'x', title: 'T', links }))).toBe(url);
  });
});

describe('note and tags', () => {
  const paper: AnnotatedPaper = {
    ...makePaper({
      id: 'x',
      title: 'Language Models are Few-Shot Learners',
      year: 2020,
      links: [ARXIV],
      codeLinks: [{ url: 'https://github.com/openai/gpt-3', source: 'page-link', site: 'arxiv' }],
      topics: [{ field: 'Computer Science', class: 'cs.CL', label: 'Computation and Language', score: 1, tier: 'arxiv-category' }],
    }),
    note: 'Key paper; see §2.\nSecond line.',
    userTags: ['to-read', 'müll'],
  };

  it.each([
    ['bibtex', false, 'annote'],
    ['biblatex', true, 'annotation'],
  ])('writes %s annotation', (_format, biblatex, field) => {
    const [entry] = readBibEntries(toBibtex([paper], { biblatex })).values();
    expect(entry?.fields.get(field)).toBe('Key paper; see §2. Second line.');
    expect(entry?.fields.get('keywords')).toBe('Computation and Language, to-read, müll');
    expect(entry?.fields.get('url')).toBe(ARXIV.url);
  });

  it('writes RIS notes and keywords', () => {
    const lines = toRis([paper]).split('\r\n');
    expect(lines).toContain(`UR  - ${ARXIV.url}`);
    expect(lines.filter((line) => line.startsWith('KW  - '))).toEqual(['KW  - Computation and Language', 'KW  - to-read', 'KW  - müll']);
    expect(lines.filter((line) => line.startsWith('N1  - '))).toEqual(['N1  - Code: https://github.com/openai/gpt-3', 'N1  - Key paper; see §2. Second line.']);
  });

  it('writes CSL annote and note', () => {
    const [item] = toCslJson([paper]);
    expect(item?.URL).toBe(ARXIV.url);
    expect(item?.keyword).toBe('Computation and Language, to-read, müll');
    expect(item?.note).toBe('Code: https://github.com/openai/gpt-3');
    expect(item?.annote).toBe('Key paper; see §2.\nSecond line.');
  });
});
