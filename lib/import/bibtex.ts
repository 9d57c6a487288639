import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { normalizeArxivId } from '../model/ids';
import { cslItemToEntry, CslInputItem, ImportEntryError, messages } from './csl';
import { resolveCrossrefs, type BibtexEntry } from './crossref';
import { formatPath, type ImportEntry } from './entry';
import { guardTitle, restoreTitle } from './bibtex-title';

const ARXIV_PREFIX = /^arxiv$/i;
/** A LaTeX escape of a character that DOIs and URLs contain, braced or not: `\_` in "10.1007/11672142\_54". */
const ESCAPED_LINK_CHARACTER = /\{\\([_%&#$])\}|\\([_%&#$])/g;
/** The LaTeX forms of a tilde in a URL: `\~{}`, `\textasciitilde{}` and `{\textasciitilde}`. */
const ESCAPED_TILDE = /\\~\{\}|\{\\textasciitilde\}|\\textasciitilde(?:\{\})?/g;
const URL_VALUE = /^(?:\\url\s*\{|https?:\/\/)/i;

/** Chain options that convert one parsed entry to CSL-JSON; the other values are citation-js defaults. */
const ENTRY_TO_CSL = {
  forceType: '@biblatex/entry+object',
  target: '@csl/list+object',
  generateGraph: false,
  maxChainLength: 10,
  strict: true,
};

/** The papers of a .bib file, and how many volume entries were read only as their venue. */
export interface BibtexContent {
  entries: ImportEntry[];
  /** `@proceedings`, `@book` and other volume entries that other entries name by `crossref` (see `resolveCrossrefs`). */
  crossrefVolumes: number;
}

/**
 * Parses a BibTeX or BibLaTeX file with citation-js (@citation-js/plugin-bibtex 0.9.0), which decodes
 * LaTeX to Unicode, then converts each entry through CSL-JSON. A volume that other entries name by
 * `crossref` gives them its title and year and is not read as a paper. Throws `ImportEntryError`
 * with the line and column of a syntax error, or with the citation key and field of an invalid entry.
 */
export function readBibtex(text: string, now: string): BibtexContent {
  let parsed: BibtexEntry[];
  try {
    parsed = plugins.input.data(text, '@biblatex/text') as BibtexEntry[];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // The parser's first line ends in a colon before a code excerpt, which the message leaves out.
    const firstLine = (message.split('\n')[0] ?? '').replace(/:\s*$/, '');
    // The parser's own words for the end of the file inside an entry name its grammar, not the file.
    const detail = firstLine.replace(/^expected .*?, got EOF/, 'the file ends inside an entry');
    const where = openEntryAt(text, detail);
    throw new ImportEntryError(`Invalid BibTeX: ${detail}${where}. Fix the file or export it again, then import it.`);
  }
  if (parsed.length === 0) throw new ImportEntryError('No BibTeX entries found: the file contains no "@type{key, …}" entry.');

  const { entries, volumes } = resolveCrossrefs(parsed);
  const papers = entries.flatMap((entry, index) => {
    if (volumes.has(parsed[index] as BibtexEntry)) return [];
    const label = `entry ${index + 1} (key "${entry.label}")`;
    const title = entry.properties.title === undefined ? null : guardTitle(entry.properties.title);
    const guarded = { ...entry, properties: { ...entry.properties, ...unescapedLinks(entry), ...(title && { title: title.text }) } };
    const [csl] = plugins.input.chain(guarded, ENTRY_TO_CSL);
    const item = CslInputItem.safeParse(csl, { error: messages.localeError });
    if (!item.success) {
      const issue = item.error.issues[0];
      const field = formatPath(issue?.path ?? []);
      throw new ImportEntryError(`Invalid ${label}, field "${field}": ${issue?.message ?? 'invalid value'}`);
    }
    if (title) item.data.title = restoreTitle(item.data.title, title.math);
    const eprint = arxivEprint(entry);
    const data = withHowpublished(entry, eprint && !item.data.number ? { ...item.data, number: `arXiv:${eprint}` } : item.data);
    // dblp names each entry "DBLP:" and its record key, which identifies the paper on dblp's pages.
    // The exports keep the key in dblp's `biburl` field, the link to the record's BibTeX.
    const dblpKey = /^DBLP:(\S+)$/.exec(entry.label)?.[1] ?? dblpKeyOf(entry.properties.biburl);
    return [cslItemToEntry(data, label, now, dblpKey ? { dblpKey } : {})];
  });
  return { entries: papers, crossrefVolumes: volumes.size };
}

/** An entry's first line: "@article{key," or "@article(key,". */
const ENTRY_HEADER = /^\s*@\w+\s*[{(]\s*([^\s,{}()]+)/;

/** Returns the first entry whose braces are still open where the next entry starts or the file ends, or null. */
function unclosedEntry(text: string): { key: string; line: number } | null {
  let current: { key: string; line: number } | null = null;
  let depth = 0;
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const header = ENTRY_HEADER.exec(line);
    if (header) {
      if (current && depth > 0) return current;
      current = { key: header[1] ?? '', line: index + 1 };
      depth = 0;
    }
    // An escaped brace ("\{") is a character of the value, not a delimiter.
    for (const brace of line.replace(/\\[{}]/g, '').matchAll(/[{}]/g)) depth += brace[0] === '{' ? 1 : -1;
  }
  return current && depth > 0 ? current : null;
}

/** Reads the record key from a dblp `biburl` ("https://dblp.org/rec/conf/cvpr/HeZRS16.bib"). */
function dblpKeyOf(biburl: unknown): string | undefined {
  if (typeof biburl !== 'string') return undefined;
  return /^https?:\/\/dblp\.(?:org|uni-trier\.de)\/rec\/((?:[\w-]+\/)+[\w-]+)\.bib$/.exec(biburl.trim())?.[1];
}

/**
 * Names the entry that was still open where the parser failed (", in entry "x" from line 1"), read
 * from the "line L col C" of its message. An unclosed brace shows up only later, so an entry before
 * that line whose braces do not balance before the next entry starts is named instead.
 */
function openEntryAt(text: string, detail: string): string {
  const position = /line (\d+) col (\d+)/.exec(detail);
  if (!position) return '';
  const errorLine = Number(position[1]);
  const errorColumn = Number(position[2]);
  const unclosed = unclosedEntry(text);
  if (unclosed && unclosed.line <= errorLine) {
    return `, in entry "${unclosed.key}" from line ${unclosed.line}, where a "{" is not closed`;
  }
  let open = '';
  text.split('\n').slice(0, errorLine).forEach((line, index) => {
    for (const header of line.matchAll(/@\w+\s*[{(]\s*([^\s,{}()]+)/g)) {
      if (index + 1 === errorLine && (header.index ?? 0) + 1 >= errorColumn) continue;
      open = `, in entry "${header[1]}" from line ${index + 1}`;
    }
  });
  return open;
}

/**
 * Returns an entry's `doi` and `url` without LaTeX escapes. citation-js keeps the escapes in these
 * fields, so "10.1007/11672142\_54" would keep its backslash and a URL would encode it as `%5C`.
 */
function unescapedLinks(entry: BibtexEntry): Partial<Record<'doi' | 'url', string>> {
  const links: Partial<Record<'doi' | 'url', string>> = {};
  for (const field of ['doi', 'url'] as const) {
    const value = entry.properties[field];
    if (value === undefined) continue;
    const withTildes = value.replace(ESCAPED_TILDE, '~');
    links[field] = withTildes.replace(ESCAPED_LINK_CHARACTER, (_match, braced?: string, bare?: string) => braced ?? bare ?? '');
  }
  return links;
}

/**
 * Reads `howpublished` as the container title, because the exporters write there the venue of an
 * entry that is neither a journal article nor a conference paper. citation-js maps it to
 * `publisher` and drops the `number` of such entries, so a plain-number `number` is read as the issue.
 */
function withHowpublished(entry: BibtexEntry, item: CslInputItem): CslInputItem {
  const { howpublished, number } = entry.properties;
  // Other tools often put a bare URL there, which is a link and not a venue.
  if (!howpublished || URL_VALUE.test(howpublished.trim()) || item['container-title'] || !item.publisher) return item;
  const issue = item.issue ?? (number && /^\d+$/.test(number.trim()) ? number.trim() : undefined);
  return { ...item, 'container-title': item.publisher, ...(issue !== undefined && { issue }) };
}

/** The arXiv id of an entry whose `eprint` has `archivePrefix` or `eprinttype` arXiv, which CSL has no variable for. */
function arxivEprint(entry: BibtexEntry): string | null {
  const { eprint, archiveprefix, eprinttype } = entry.properties;
  if (!eprint || !(ARXIV_PREFIX.test(archiveprefix ?? '') || ARXIV_PREFIX.test(eprinttype ?? ''))) return null;
  return normalizeArxivId(eprint);
}
