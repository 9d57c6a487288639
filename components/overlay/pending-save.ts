import type { PageRecord } from '@/lib/model';
import type { PaperState } from '@/lib/messaging/messages';

/**
 * Tells whether `RowOverlay` would draw only a disabled save toggle: the paper has no stored
 * state, no storage error, no topics and no code link yet. A row read from a page is in this
 * state until the background's reply to `papers/upsert` arrives.
 */
export function showsOnlyPendingSave(paper: PageRecord, state: PaperState | null, storageError: string | null): boolean {
  return state === null && storageError === null && paper.topics.length === 0 && paper.codeLinks.length === 0;
}

/**
 * Tells whether `RowOverlay` would draw only the save toggle for a stored paper: it has no topics,
 * no correction and no code link. A settled pending overlay then shows the same nodes already.
 */
export function showsOnlySaveToggle(paper: PageRecord, state: PaperState): boolean {
  return !state.userTopics && paper.topics.length === 0 && paper.codeLinks.length === 0 && state.codeLinks.length === 0;
}

/**
 * Draws the same nodes as `RowOverlay` does for such a row, with plain DOM calls, and returns the
 * element drawn. On a long list this first draw is most of the overlay work, and Preact's first
 * render of a row cost about twice as much in headless Chromium. A test compares the two outputs.
 */
export function drawPendingSave(root: ParentNode, title: string): Element {
  // A deep clone of one built row costs less than building each row's nodes and attributes again.
  pendingTemplate ??= buildPendingRow();
  const row = pendingTemplate.cloneNode(true) as Element;
  row.firstElementChild?.setAttribute('aria-label', `Save: ${title}`);
  root.append(row);
  return row;
}

let pendingTemplate: Element | null = null;

function buildPendingRow(): Element {
  const row = document.createElement('div');
  row.className = 'row';
  row.setAttribute('data-testid', 'row-overlay');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'save';
  button.setAttribute('aria-pressed', 'false');
  // Each clone sets its own label here, in the attribute order that RowOverlay renders.
  button.setAttribute('aria-label', '');
  button.setAttribute('aria-disabled', 'true');
  button.title = 'Storing this paper…';
  button.setAttribute('data-testid', 'save-toggle');
  button.textContent = '☆ Save';
  row.append(button);
  return row;
}

/**
 * Turns a pending overlay into the save toggle that `RowOverlay` draws for a stored paper, by
 * changing attributes in place. Tags and badges come with the row's next full draw, so every row
 * of a long list can take its stored state in one task without a Preact render.
 */
export function settlePendingSave(pending: Element, title: string, saved: boolean, onToggleSave: () => void): void {
  const button = pending.querySelector('button');
  if (!button) return;
  // A toggle settled from its saved flag is settled again, with the same flag, when its full state arrives.
  if (button.getAttribute('aria-disabled') === 'false' && button.getAttribute('aria-pressed') === String(saved)) return;
  // Only changed values are written: an unsaved paper keeps its class, label and text, and writing
  // its text again would make the page lay out each of a long list's rows again.
  setIfChanged(button, 'class', saved ? 'save saved' : 'save');
  setIfChanged(button, 'aria-pressed', String(saved));
  setIfChanged(button, 'aria-label', `${saved ? 'Saved' : 'Save'}: ${title}`);
  button.setAttribute('aria-disabled', 'false');
  button.title = saved ? 'Remove from your library' : 'Save to your library';
  const text = saved ? '★ Saved' : '☆ Save';
  if (button.textContent !== text) button.textContent = text;
  button.onclick = onToggleSave;
}

function setIfChanged(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}
