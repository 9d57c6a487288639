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
