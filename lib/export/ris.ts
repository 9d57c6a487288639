import type { Paper } from '../model/paper';
import { arxivId, codeUrls, keywords, landingUrl, publicationKind, thesisDegree, thesisSchool, venueOf, type AnnotatedPaper, type PublicationKind } from './fields';
import { splitCitationName } from './person';

const RIS_TYPES: Record<PublicationKind, string> = {
  journal: 'JOUR',
  conference: 'CONF',
  preprint: 'UNPB',
  chapter: 'CHAP',
  book: 'BOOK',
  thesis: 'THES',
  other: 'GEN',
};

/** A patent's venue line ("US Patent 9,104,700"), which RIS types as PAT. */
const PATENT_VENUE = /\bpatent\b/i;

/** The RIS specification allows keywords of up to 255 characters. */
const MAX_KEYWORD_LENGTH = 255;

/**
 * Writes papers as RIS. Each line is a two-character tag, two spaces, "-", a space and the value,
 * ended by CRLF. A record starts with `TY` and ends with `ER  - `, whose trailing space is kept.
 * Values are folded to one line, and `*` is removed from author, keyword and periodical fields
 * because the specification does not allow it there.
 */
export function toRis(papers: AnnotatedPaper[]): string {
  return papers.map(writeRecord).join('\r\n');
}

function writeRecord(paper: AnnotatedPaper): string {
  const lines: string[] = [];
  const add = (tag: string, value: string | null | undefined, options: { noAsterisk?: boolean } = {}): void => {
    if (!value) return;
    const text = foldLine(options.noAsterisk ? value.replace(/\*/g, '') : value);
    if (text) lines.push(`${tag}  - ${text}`);
  };

  const kind = publicationKind(paper);
  add('TY', kind === 'other' && PATENT_VENUE.test(paper.venue ?? '') ? 'PAT' : RIS_TYPES[kind]);
  for (const author of paper.authors) add('AU', formatName(author.name), { noAsterisk: true });
  add('TI', paper.title);
  const venue = venueOf(paper);
  // A book's venue is its publisher and a thesis's its school (PB); other venues are containers (T2).
  if (kind === 'book' || kind === 'thesis') add('PB', venue && (kind === 'thesis' ? thesisSchool(venue.title) : venue.title));
  if (kind === 'thesis') add('M3', thesisDegree(paper.venue));
  else add('T2', venue?.title, { noAsterisk: true });
  add('VL', venue?.volume);
  add('IS', venue?.issue);
  add('SP', venue?.firstPage);
  add('EP', venue?.lastPage);
  if (paper.year !== null) add('PY', String(paper.year));
  add('DO', paper.ids.doi);
  add('UR', landingUrl(paper));

  const eprint = arxivId(paper);
  if (eprint) add('AN', `arXiv:${eprint}`);

  add('AB', paper.abstract);
  for (const keyword of keywords(paper)) {
    add('KW', Array.from(keyword).slice(0, MAX_KEYWORD_LENGTH).join(''), { noAsterisk: true });
  }
  for (const url of codeUrls(paper)) add('N1', `Code: ${url}`);
  add('N1', paper.note);

  lines.push('ER  - ');
  return lines.map((line) => `${line}\r\n`).join('');
}

/** Formats a name as `Family, Given` or `Family, Given, Suffix`, the RIS author form. */
function formatName(displayName: string): string {
  const name = splitCitationName(displayName);
  return [name.family, name.given, name.suffix].filter(Boolean).join(', ');
}

function foldLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}
