import { readFile } from 'node:fs/promises';
import { Window } from 'happy-dom';

/** A file whose first tag, after comments and blank lines, is a table row or table body. */
const TABLE_BODY_START = /^(?:\s|<!--[\s\S]*?-->)*<(?:tr|tbody)[\s>]/i;

/**
 * Returns a saved page's bytes as a browser should receive them: a saved table body (rows copied
 * out of a live page) is wrapped in a table, the only place its rows render.
 */
export function servableSavedPage(body: Buffer): Buffer {
  const text = body.toString('utf8');
  if (!TABLE_BODY_START.test(text)) return body;
  return Buffer.from(`<!doctype html><meta charset="utf-8"><table>${text}</table>`);
}

/**
 * The error raised for a file that is not a saved page (empty, or data such as JSON), so that the
 * CLI reports what the file is rather than that no list was recognised.
 */
export class NotAPage extends Error {}

/** The error raised for a saved page with no content. */
export class EmptyFile extends NotAPage {}

/** Says which page to save instead of a data file: a dblp person's own page for dblp's XML export. */
function htmlPageHint(text: string): string {
  const pid = /<dblpperson\b[^>]*\bpid="([\w/-]+)"/.exec(text.slice(0, 4096))?.[1];
  if (pid) return `It is dblp's XML export of a person; open https://dblp.org/pid/${pid}.html, save it, and give that file.`;
  if (/^\uFEFF?\s*[[{]/.test(text)) {
    return (
      "A Scholar Lens JSON export, a CSL-JSON file or an ORCID works file is imported in the Import section of the extension's library page. " +
      'For a profile, open its page in a browser, save it as HTML, and give that file.'
    );
  }
  return 'Open the profile page in a browser, save it as HTML, and give that file.';
}

/** Root elements of XML exports that a user may save in place of a page. */
const XML_EXPORT_ROOT = /^<(?:dblpperson|dblp|feed|rss|rdf:rdf|oai-pmh)[\s>]/i;

/** Names the data format a file starts with, for files that are data rather than a saved HTML page. */
export function dataFormatOf(text: string): string | null {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (/^[[{]/.test(start)) return 'JSON';
  if (/^@\w+\s*[{(]/.test(start)) return 'BibTeX';
  // An XHTML page may open with an XML declaration too, so XML counts only without an <html> element.
  if (/^<\?xml/i.test(start) && !/<html[\s>]/i.test(start.slice(0, 4096))) return 'XML';
  // Exports that often come without a declaration: dblp's person XML, Atom and RSS feeds.
  if (XML_EXPORT_ROOT.test(start)) return 'XML';
  return null;
}

/**
 * Reads a saved page into a DOM without running its scripts or loading its resources.
 * The charset comes from the page's own `<meta>` (Scholar's `oe=ASCII` pages are ISO-8859-1).
 * Throws `EmptyFile` when the file is empty or contains only whitespace, and `NotAPage` when it
 * contains JSON, XML or BibTeX.
 */
export async function loadPage(file: string): Promise<Document> {
  const bytes = await readFile(file);
  let html = new TextDecoder(sniffCharset(bytes)).decode(bytes);
  if (!html.trim()) {
    const size = bytes.length === 0 ? 'it has 0 bytes' : `its ${bytes.length} bytes are all whitespace`;
    throw new EmptyFile(`${file} is empty: ${size}. Save the page again from the browser and give that file.`);
  }
  const format = dataFormatOf(html);
  if (format === 'BibTeX') {
    throw new NotAPage(`${file} is BibTeX, not a saved HTML page. Import it in the Import section of the extension's library page, or save the profile page as HTML and give that file.`);
  }
  if (format) throw new NotAPage(`${file} is ${format}, not a saved HTML page. ${htmlPageHint(html)}`);
  // A saved table body (rows copied out of a live page) parses only inside a table.
  if (TABLE_BODY_START.test(html)) html = `<table>${html}</table>`;
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
    },
  });
  const parser = new window.DOMParser();
  return parser.parseFromString(html, 'text/html') as unknown as Document;
}

function sniffCharset(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (!declared) return 'utf-8';
  try {
    return new TextDecoder(declared).encoding;
  } catch {
    return 'utf-8';
  }
}
