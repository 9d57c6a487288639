import { Paper, type Author } from '../../../lib/model/paper';

/** Paper fields a test sets; authors may be display names as a site shows them. */
export type PaperFields = Partial<Omit<Paper, 'authors' | 'id'>> & { id: string; authors?: Array<string | Author> };

/** Builds a valid Paper with empty lists and null counts, and validates it against the schema. */
export function makePaper(fields: PaperFields): Paper {
  const { authors = [], ...rest } = fields;
  return Paper.parse({
    title: 'Untitled',
    authorsTruncated: false,
    venue: null,
    year: null,
    citations: null,
    ids: {},
    links: [],
    codeLinks: [],
    topics: [],
    provenance: [
      {
        site: 'google-scholar',
        profile: 'google-scholar:QQQQ',
        pageUrl: 'https://scholar.google.com/citations?user=QQQQ&hl=en',
        firstSeen: '2024-05-01T00:00:00.000Z',
        lastSeen: '2024-05-01T00:00:00.000Z',
      },
    ],
    ...rest,
    authors: authors.map((author) => (typeof author === 'string' ? { name: author } : author)),
  });
}

/** Splits a .bib text into entries, keyed by citation key, each with its type and raw field values. */
export function readBibEntries(bib: string): Map<string, { type: string; fields: Map<string, string> }> {
  const entries = new Map<string, { type: string; fields: Map<string, string> }>();
  const header = /@(\w+)\{([^,\s]+),/g;

  for (let match = header.exec(bib); match; match = header.exec(bib)) {
    const fields = new Map<string, string>();
    let position = header.lastIndex;
    const fieldStart = /\s*(\w+) = \{/y;

    for (;;) {
      fieldStart.lastIndex = position;
      const field = fieldStart.exec(bib);
      if (!field) break;

      const valueEnd = closingBrace(bib, fieldStart.lastIndex);
      fields.set(field[1] ?? '', bib.slice(fieldStart.lastIndex, valueEnd));
      position = valueEnd + 1;
      if (bib[position] === ',') position++;
    }
    entries.set(match[2] ?? '', { type: match[1] ?? '', fields });
    header.lastIndex = position;
  }
  return entries;
}

/**
 * Decodes a LaTeX-escaped field value back to plain text, as a BibTeX reader that decodes LaTeX does:
 * escaped specials become the character, grouping braces are dropped, `$…$` math is kept verbatim.
 */
export function decodeLatex(value: string): string {
  const token = /\\textbackslash\{\}|\\textasciitilde\{\}|\\textasciicircum\{\}|\\[&%$#_{}]|\$[^$]*\$|[{}]|[\s\S]/g;
  return value.replace(token, (part) => {
    if (part === '\\textbackslash{}') return '\\';
    if (part === '\\textasciitilde{}') return '~';
    if (part === '\\textasciicircum{}') return '^';
    if (part.length === 2 && part.startsWith('\\')) return part.slice(1);
    if (part === '{' || part === '}') return '';
    return part;
  });
}

function closingBrace(text: string, start: number): number {
  let depth = 1;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '\\') {
      i++;
      continue;
    }
    if (text[i] === '{') depth++;
    if (text[i] === '}' && --depth === 0) return i;
  }
  throw new Error(`Unbalanced braces after offset ${start} in:\n${text}`);
}
