import type { SavedPageUrl } from './saved-page-url';

/** The setup that `npm start` makes for one page and the panel it waits for. */
export interface StartPlan {
  /**
   * Match pattern granted at install in a build of its own (`https://example.org/*`), or null.
   * Only the generic detector reads pages outside the supported sites, and its content script
   * runs only on sites the user allowed from the popup, through a prompt that a scripted browser
   * cannot accept.
   */
  grantedHost: string | null;
  /** False on `results` pages (search results, lists without an owner), which get no profile panel. */
  expectPanel: boolean;
}

/** Plans a run for the address `chooseSavedPageUrl` chose, or for a live address when `choice` is null. */
export function planStart(choice: SavedPageUrl | null): StartPlan {
  const url = choice?.url ? URL.parse(choice.url) : null;
  const generic = choice?.site === 'generic' && url !== null && /^https?:$/.test(url.protocol);
  return {
    grantedHost: generic ? `${url.origin}/*` : null,
    expectPanel: choice?.kind !== 'results',
  };
}

/**
 * Explains a headless run that drew no row overlays, in lines for the terminal: what the
 * extension did at `target` and what the user can do next.
 */
export function explainNoOverlays(target: string, choice: SavedPageUrl | null, plan: StartPlan): string[] {
  if (plan.grantedHost) {
    return [
      `No overlays: the generic detector found a list in the saved file, but its content script, which`,
      `this run allowed on ${plan.grantedHost}, drew nothing at ${target}. The script's console lines`,
      `("generic: …") are printed above; none means the script did not run on the page.`,
    ];
  }
  if (choice && !choice.site) {
    return [
      `No overlays: no site adapter reads the page at ${target} (${choice.reason}).`,
      `Pass --url with the address the page was saved from.`,
    ];
  }
  return [
    `No overlays: the extension found no profile list at ${target}. Check that the page is a`,
    `supported profile list and that --url names the address it was saved from.`,
  ];
}

/** The vertical extent of an element in page coordinates, in CSS pixels from the top of the document. */
export interface VerticalExtent {
  top: number;
  bottom: number;
}

/**
 * Page height kept above the highest overlay that a screenshot is scrolled to, in CSS pixels. It
 * leaves room for the title and author lines of the row that a row overlay is drawn under.
 */
export const SCREENSHOT_CONTEXT = 120;
/** Space kept below a panel shown at the bottom of a screenshot, in CSS pixels. */
export const SCREENSHOT_MARGIN = 16;
/**
 * How much of each overlay, in CSS pixels, the first viewport must show for the screenshot to stay
 * at the top of the page. It covers the panel's heading and first lines, and a whole row overlay.
 */
export const MIN_SHOWN_HEIGHT = 200;

/**
 * Returns how far to scroll the page, in CSS pixels, before a screenshot of one viewport
 * `viewportHeight` pixels tall, so that it shows the extension's overlays. `panel` and `firstRow`
 * are the extents of the profile panel and the first row overlay, null where absent. It is:
 * - 0 when the first viewport already shows each overlay (`MIN_SHOWN_HEIGHT` of it, or all of it);
 * - else, when both fit in one viewport, `SCREENSHOT_CONTEXT` above the higher one;
 * - else, when the first row overlay is above a panel that fits, the panel at the viewport's bottom;
 * - else `SCREENSHOT_CONTEXT` above the panel, or above the first row overlay without a panel.
 */
export function screenshotScrollTop(overlays: { panel: VerticalExtent | null; firstRow: VerticalExtent | null }, viewportHeight: number): number {
  const { panel, firstRow } = overlays;
  const present = [panel, firstRow].filter((extent): extent is VerticalExtent => extent !== null);
  const main = panel ?? firstRow;
  if (!main) return 0;
  if (present.every((extent) => Math.min(extent.bottom, extent.top + MIN_SHOWN_HEIGHT) <= viewportHeight)) return 0;

  const top = Math.min(...present.map((extent) => extent.top));
  const bottom = Math.max(...present.map((extent) => extent.bottom));
  if (bottom - top + SCREENSHOT_CONTEXT <= viewportHeight) return scrollOffset(top - SCREENSHOT_CONTEXT);

  // The overlays do not fit together, so the panel is shown, as close to the row overlay as it can be.
  const panelFits = panel !== null && panel.bottom - panel.top + SCREENSHOT_MARGIN <= viewportHeight;
  if (panelFits && firstRow && firstRow.top < panel.top) {
    return scrollOffset(panel.bottom + SCREENSHOT_MARGIN - viewportHeight);
  }
  return scrollOffset(main.top - SCREENSHOT_CONTEXT);
}

/** Rounds a scroll offset down to whole pixels, and to 0 above the top of the page. */
function scrollOffset(y: number): number {
  return Math.max(0, Math.floor(y));
}
