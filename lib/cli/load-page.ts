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

/** The error raised for a saved page with no content, so that the CLI reports an empty file, not an unrecognised page. */
export class EmptyFile extends Error {}

/**
 * Reads a saved page into a DOM without running its scripts or loading its resources.
 * The charset comes from the page's own `<meta>` (Scholar's `oe=ASCII` pages are ISO-8859-1).
 * Throws `EmptyFile` when the file is empty or holds only whitespace.
 */
export async function loadPage(file: string): Promise<Document> {
  const bytes = await readFile(file);
  let html = new TextDecoder(sniffCharset(bytes)).decode(bytes);
  if (!html.trim()) {
    const size = bytes.length === 0 ? 'it has 0 bytes' : `its ${bytes.length} bytes are all whitespace`;
    throw new EmptyFile(`${file} is empty: ${size}. Save the page again from the browser and give that file.`);
  }
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
