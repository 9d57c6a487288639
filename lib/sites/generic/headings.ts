/** Levels and siblings per level that `headingYear` looks through, so long lists stay linear. */
const HEADING_LEVELS = 3;
const HEADING_SIBLINGS = 60;

/** Returns the year of the nearest bare-year element before the entry: a sibling, or a sibling of an ancestor. */
export function headingYear(element: Element): number | null {
  let node: Element | null = element;
  for (let level = 0; node && level < HEADING_LEVELS; level++, node = node.parentElement) {
    let before = node.previousElementSibling;
    for (let seen = 0; before && seen < HEADING_SIBLINGS; seen++, before = before.previousElementSibling) {
      if (before.childElementCount > 1 || (before.firstElementChild?.childElementCount ?? 0) > 0) continue;
      const text = (before.textContent ?? '').trim();
      if (/^(?:19|20)\d\d$/.test(text)) return Number(text);
    }
  }
  return null;
}
