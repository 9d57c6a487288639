/** Creates overlay hosts whose shadow roots share one constructed stylesheet. */

let sharedSheet: CSSStyleSheet | null = null;

function styleSheet(css: string): CSSStyleSheet | null {
  if (sharedSheet) return sharedSheet;
  try {
    sharedSheet = new CSSStyleSheet();
    sharedSheet.replaceSync(css);
    return sharedSheet;
  } catch {
    return null;
  }
}

export interface ShadowMount {
  host: HTMLElement;
  root: ShadowRoot;
}

/**
 * Builds `<tag data-scholar-lens=kind>` with an open shadow root styled by `css`.
 * The caller inserts the host into the page.
 */
export function createShadowHost(tag: string, kind: string, css: string): ShadowMount {
  const host = document.createElement(tag);
  host.setAttribute('data-scholar-lens', kind);
  const root = host.attachShadow({ mode: 'open' });
  const sheet = styleSheet(css);
  if (sheet && 'adoptedStyleSheets' in root) {
    root.adoptedStyleSheets = [sheet];
  } else {
    const style = document.createElement('style');
    style.textContent = css;
    root.append(style);
  }
  return { host, root };
}
