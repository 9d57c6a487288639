import { arxivId, codeUrls, landingUrl, topicKeywords, type AnnotatedPaper } from './fields';

/** Byte order mark, so that Excel opens the file as UTF-8. */
const BOM = '\uFEFF';
const LIST_SEPARATOR = '; ';

/** A leading `=`, `+`, `-`, `@`, TAB or CR makes spreadsheets read a text cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

type Cell = { text: string | null } | { number: number | null };

const COLUMNS: Array<[header: string, cell: (paper: AnnotatedPaper) => Cell]> = [
  ['id', (paper) => ({ text: paper.id })],
  ['title', (paper) => ({ text: paper.title })],
  ['authors', (paper) => ({ text: paper.authors.map((author) => author.name).join(LIST_SEPARATOR) })],
  ['authors_truncated', (paper) => ({ text: String(paper.authorsTruncated) })],
  ['venue', (paper) => ({ text: paper.venue })],
  ['year', (paper) => ({ number: paper.year })],
  ['citations', (paper) => ({ number: paper.citations })],
  ['doi', (paper) => ({ text: paper.ids.doi ?? null })],
  ['arxiv', (paper) => ({ text: arxivId(paper) })],
  ['url', (paper) => ({ text: landingUrl(paper) })],
  ['code', (paper) => ({ text: codeUrls(paper).join(LIST_SEPARATOR) })],
  ['topics', (paper) => ({ text: topicKeywords(paper).join(LIST_SEPARATOR) })],
  ['tags', (paper) => ({ text: paper.userTags?.join(LIST_SEPARATOR) ?? null })],
  ['note', (paper) => ({ text: paper.note ?? null })],
];

/**
 * Writes papers as CSV per RFC 4180, with a UTF-8 byte order mark and CRLF line ends. A list cell
 * joins its items with "; ", and the authors column contains the names as the site showed them. A text
 * cell that a spreadsheet would run as a formula gets a leading `'` and is quoted. Number cells are
 * written as plain digits, and a missing value is an empty cell.
 */
export function toCsv(papers: AnnotatedPaper[]): string {
  return csvHeader() + csvRows(papers);
}

/** Returns the byte order mark and the header line, ended by CRLF. */
export function csvHeader(): string {
  return `${BOM}${COLUMNS.map(([name]) => name).join(',')}\r\n`;
}

/** Returns the data lines of `papers`, each ended by CRLF, for writing a long list in chunks. */
export function csvRows(papers: AnnotatedPaper[]): string {
  return papers.map((paper) => `${COLUMNS.map(([, cell]) => formatCell(cell(paper))).join(',')}\r\n`).join('');
}

function formatCell(cell: Cell): string {
  if ('number' in cell) return cell.number === null ? '' : String(cell.number);
  if (cell.text === null) return '';

  const guarded = FORMULA_START.test(cell.text);
  const text = guarded ? `'${cell.text}` : cell.text;
  if (guarded || /[",\r\n]/.test(text)) return `"${text.replace(/"/g, '""')}"`;
  return text;
}
