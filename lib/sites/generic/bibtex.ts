/** Reads the first record of an embedded BibTeX block. Only the fields the generic adapter uses are kept. */

export interface BibtexRecord {
  type: string;
  key: string;
  fields: Record<string, string>;
}

/** LaTeX accent commands seen in BibTeX exports, mapped to combining marks. */
const ACCENTS: Record<string, string> = {
  "'": '\u0301',
  '`': '\u0300',
  '^': '\u0302',
  '"': '\u0308',
  '~': '\u0303',
  '=': '\u0304',
  '.': '\u0307',
  c: '\u0327',
  v: '\u030c',
  u: '\u0306',
  H: '\u030b',
};

/** Parses `@type{key, name = {value} | "value" | number, …}`; returns null when no record is found. */
export function parseBibtex(source: string): BibtexRecord | null {
  const head = /@(\w+)\s*\{\s*([^,\s]*)\s*,/.exec(source);
  if (!head) return null;
  const fields: Record<string, string> = {};
  let index = head.index + head[0].length;
  const field = /\s*([\w-]+)\s*=\s*/y;
  while (index < source.length) {
    field.lastIndex = index;
    const match = field.exec(source);
    if (!match?.[1]) break;
    const { value, end } = readValue(source, field.lastIndex);
    fields[match[1].toLowerCase()] = cleanLatex(value);
    index = end;
    while (index < source.length && /[\s,]/.test(source[index]!)) index++;
    if (source[index] === '}') break;
  }
  return { type: head[1]!.toLowerCase(), key: head[2] ?? '', fields };
}

function readValue(source: string, start: number): { value: string; end: number } {
  const open = source[start];
  if (open === '{' || open === '"') {
    const close = open === '{' ? '}' : '"';
    let depth = 0;
    for (let index = start + 1; index < source.length; index++) {
      const char = source[index];
      if (char === '{') depth++;
      else if (char === '}' && depth > 0) depth--;
      else if (char === close && depth === 0) return { value: source.slice(start + 1, index), end: index + 1 };
    }
    return { value: source.slice(start + 1), end: source.length };
  }
  const bare = /^[^,}\s]*/.exec(source.slice(start))?.[0] ?? '';
  return { value: bare, end: start + bare.length };
}

/** Resolves accent commands (`{\"u}`, `\'e`), drops case-protecting braces and collapses whitespace. */
export function cleanLatex(value: string): string {
  return value
    .replace(/\{?\\([`'^"~=.cvuH])\s*\{?(\\?[A-Za-z])\}?\}?/g, (_match, command: string, letter: string) => {
      return letter.replace('\\', '') + (ACCENTS[command] ?? '');
    })
    .replace(/\\&/g, '&')
    .replace(/\{\\\w+\s*\}|\\\w+\s*/g, '')
    .replace(/[{}]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .normalize('NFC');
}

/** Splits a BibTeX author field ("Wu, Yue and Tang, Xuan") into names written given name first. */
export function bibtexAuthors(field: string | undefined): string[] {
  if (!field) return [];
  return field
    .split(/\s+and\s+/i)
    .map((name) => name.trim())
    .filter((name) => name && name.toLowerCase() !== 'others')
    .map((name) => {
      const [surname, given] = name.split(/\s*,\s*/, 2);
      return given ? `${given} ${surname}` : name;
    });
}
