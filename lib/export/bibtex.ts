import type { Paper } from '../model/paper';
import { arxivCategory, arxivId, codeUrls, keywords, landingUrl, isMastersThesis, publicationKind, thesisSchool, venueOf, type AnnotatedPaper } from './fields';
import { citationKeys } from './keys';
import { bibtexNameLetters, escapeLatex, pdflatexText, rawFieldValue, withoutInvisibleMarks } from './latex';
import { isCjkName, splitCitationName } from './person';

export interface BibtexOptions {
  /** Write BibLaTeX fields (`date`, `journaltitle`, `@online` with `eprinttype`) in place of BibTeX ones. */
  biblatex?: boolean;
}

type Field = [name: string, value: string];

/**
 * Writes papers as a .bib file. Text fields are LaTeX-escaped and UTF-8 is kept, so the file is meant
 * for biber or bibtex with a UTF-8 input encoding. In BibTeX (not BibLaTeX) output, the accented
 * Latin letters of names are LaTeX accents. URL, DOI and eprint values are written raw, except
 * that braces in them are percent-encoded. `keys` maps paper ids to citation keys, so that a caller
 * writing a long list in chunks keeps the keys of the whole list.
 */
export function toBibtex(papers: AnnotatedPaper[], options: BibtexOptions = {}, keys = citationKeys(papers)): string {
  const entries = papers.map((paper) => writeEntry(paper, keys.get(paper.id) ?? paper.id, options.biblatex ?? false));
  return entries.map((entry) => `${entry}\n`).join('\n');
}

function writeEntry(paper: AnnotatedPaper, key: string, biblatex: boolean): string {
  const kind = publicationKind(paper);
  const fields: Field[] = [];
  const add = (name: string, value: string | null | undefined): void => {
    if (value) fields.push([name, value]);
  };

  add('author', formatAuthors(paper, biblatex));
  // BibLaTeX output keeps Unicode, which biber reads, while pdflatex needs some letters, Greek and math symbols as LaTeX.
  const text = biblatex ? withoutInvisibleMarks : pdflatexText;
  add('title', text(escapeLatex(paper.title, { protectCase: true })));

  const venue = venueOf(paper);
  if (venue && kind === 'journal') add(biblatex ? 'journaltitle' : 'journal', text(escapeLatex(venue.title)));
  else if (venue && (kind === 'conference' || kind === 'chapter')) add('booktitle', text(escapeLatex(venue.title)));
  else if (venue && kind === 'book') add('publisher', text(escapeLatex(venue.title)));
  else if (venue && kind === 'thesis') {
    const school = thesisSchool(venue.title);
    add(biblatex ? 'institution' : 'school', school && text(escapeLatex(school)));
  }
  else if (venue) add('howpublished', text(escapeLatex(venue.title)));
  add('volume', venue?.volume && escapeLatex(venue.volume));
  add('number', venue?.issue && escapeLatex(venue.issue));
  add('pages', venue?.firstPage && (venue.lastPage ? `${venue.firstPage}--${venue.lastPage}` : venue.firstPage));

  // A missing year is left out, because an empty, zero or epoch year would be printed as a real date.
  if (paper.year !== null) add(biblatex ? 'date' : 'year', String(paper.year));

  add('doi', paper.ids.doi && rawFieldValue(paper.ids.doi));

  const eprint = arxivId(paper);
  if (eprint) {
    add('eprint', rawFieldValue(eprint));
    add(biblatex ? 'eprinttype' : 'archivePrefix', biblatex ? 'arxiv' : 'arXiv');
    add(biblatex ? 'eprintclass' : 'primaryClass', arxivCategory(paper));
  }

  const url = landingUrl(paper);
  add('url', url && rawFieldValue(url));
  // dblp's own field for the link to a record's BibTeX, from which an import reads the dblp key.
  add('biburl', paper.ids.dblpKey && rawFieldValue(`https://dblp.org/rec/${paper.ids.dblpKey}.bib`));

  const code = codeUrls(paper).map((codeUrl) => `\\url{${rawFieldValue(codeUrl)}}`);
  if (code.length > 0) add('note', `Code: ${code.join(', ')}`);

  add('abstract', paper.abstract && text(escapeLatex(paper.abstract.replace(/\s+/g, ' ').trim())));
  // A label with a comma ("Business, Management and Accounting") is braced, so biblatex reads it as one keyword.
  add('keywords', keywords(paper).map((keyword) => (keyword.includes(',') ? `{${escapeLatex(keyword)}}` : escapeLatex(keyword))).join(', '));

  // The user's note is an annotation, which annotated bibliography styles print (BibLaTeX names it `annotation`).
  add(biblatex ? 'annotation' : 'annote', paper.note && escapeLatex(paper.note.replace(/\s+/g, ' ').trim()));

  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@${entryType(kind, biblatex, paper.venue)}{${key},\n${body}\n}`;
}

function entryType(kind: ReturnType<typeof publicationKind>, biblatex: boolean, venue: string | null): string {
  if (kind === 'journal') return 'article';
  if (kind === 'conference') return 'inproceedings';
  if (kind === 'chapter') return 'incollection';
  if (kind === 'book') return 'book';
  if (kind === 'thesis') return isMastersThesis(venue) ? 'mastersthesis' : 'phdthesis';
  if (kind === 'preprint' && biblatex) return 'online';
  return 'misc';
}

/** Formats the author list as `Family, Given and …`, ending with `and others` when the site cut it short. */
function formatAuthors(paper: Paper, biblatex: boolean): string | null {
  const names = paper.authors.map((author) => formatName(author.name, biblatex));
  if (names.length === 0) return null;
  if (paper.authorsTruncated) names.push('others');
  return names.join(' and ');
}

/**
 * Formats one name in BibTeX's `Family, Suffix, Given` order. Before the comma, BibTeX keeps every
 * word as the family name ("Della Rocca") or reads a lowercase particle as the von part ("de Vries").
 * So a family name of several words is braced only when it contains the word "and" or has no given
 * name beside it. Braces would cost `alpha` its label letters ("{DE BRUM}" gave `[{DE }20]`).
 * BibTeX output (not BibLaTeX, which biber reads as Unicode) writes accented letters as LaTeX accents
 * and a name in CJK script whole in braces, as it is displayed ("{王雨桐}"), so no style abbreviates it.
 */
function formatName(displayName: string, biblatex: boolean): string {
  const letters = biblatex ? withoutInvisibleMarks : bibtexNameLetters;
  const written = displayName.replace(/\s+/g, ' ').trim();
  if (!biblatex && isCjkName(written)) return `{${written}}`;

  const name = splitCitationName(displayName);
  const words = name.family.split(' ');
  const braced = words.length > 1 && (!name.given || words.some((word) => word.toLowerCase() === 'and'));
  const familyText = letters(escapeLatex(name.family));
  const family = braced ? `{${familyText}}` : familyText;

  const givenNames = letters(escapeLatex(name.given));
  if (name.suffix) return `${family}, ${letters(escapeLatex(name.suffix))}, ${givenNames}`.trimEnd();
  return givenNames ? `${family}, ${givenNames}` : family;
}
