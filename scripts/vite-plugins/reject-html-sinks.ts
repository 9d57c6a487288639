import type { Plugin } from 'vite';

/**
 * Scholar Lens renders page text only as text, so no code in its bundles needs to parse a string
 * as HTML. Two dependencies still carry such a path that this extension never takes: Preact's
 * `dangerouslySetInnerHTML` and citation-js's `format: 'real'` HTML output. This plugin rewrites
 * every `x.innerHTML = …` and `x.outerHTML = …` assignment it finds in any bundled module into a
 * call that throws, so the path cannot run even by mistake, and Firefox's add-on linter finds no
 * HTML sink to warn about.
 */
const SINK = /([\w$]+(?:\.[\w$]+)*)\.(innerHTML|outerHTML)(\s*)=(?!=)/g;
const REJECT_FUNCTION = '__scholarLensRejectHtml';
const HELPER = `function ${REJECT_FUNCTION}(){throw new Error("Scholar Lens does not render HTML strings. Pass text or elements instead.")}\n`;

/** Rewrites the HTML-string assignments in one module, or returns null when it has none. */
export function rejectHtmlSinks(code: string): string | null {
  SINK.lastIndex = 0;
  if (!SINK.test(code)) return null;
  return HELPER + code.replace(SINK, (_match, target: string, _property, space: string) => `${REJECT_FUNCTION}(${target}).rejected${space}=`);
}

export function rejectHtmlSinksPlugin(): Plugin {
  return {
    name: 'scholar-lens:reject-html-sinks',
    enforce: 'post',
    transform(code, id) {
      if (!/\.[cm]?[jt]sx?($|\?)/.test(id)) return null;
      const rewritten = rejectHtmlSinks(code);
      return rewritten === null ? null : { code: rewritten, map: null };
    },
  };
}
