import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/** Controls a row can focus, in their order on the row. */
const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled])';

/** Fields where the arrow keys move the caret or change the value, so they keep them. */
const KEEPS_ARROWS = 'textarea, select, input:not([type="checkbox"]):not([type="radio"])';

interface Target {
  index: number;
  /** Kind of the control to focus (see `kindOf`); the row's first control when it has none of that kind. */
  kind: string;
}

/** Names a control by its test id or else its tag, so focus lands on a control of the same kind in another row. */
function kindOf(control: Element): string {
  return control.getAttribute('data-testid') ?? control.localName;
}

/**
 * Returns the key handler of a virtual list's viewport, which moves focus one row, a page of rows,
 * or to the first or last row. It scrolls that row into view and focuses its control of the same
 * kind as the one that had focus, so a keyboard user need not tab through every row.
 */
export function useRowKeys(
  viewport: RefObject<HTMLDivElement | null>,
  count: number,
  rowHeight: number,
  height: number,
  setScrollTop: (top: number) => void,
): (event: KeyboardEvent) => void {
  const [target, setTarget] = useState<Target | null>(null);
  // A row without the requested kind of control focuses its first control instead, and later moves
  // from that stand-in still look for the requested kind.
  const standIn = useRef<{ element: Element; kind: string } | null>(null);

  // The row may mount only after the scroll renders it, so focus moves once it is in the DOM.
  useEffect(() => {
    if (!target) return;
    const row = viewport.current?.querySelector(`li[aria-posinset="${target.index + 1}"]`);
    if (!row) return;
    const controls = Array.from(row.querySelectorAll<HTMLElement>(FOCUSABLE));
    const matching = controls.find((control) => kindOf(control) === target.kind);
    const focused = matching ?? controls[0];
    focused?.focus();
    standIn.current = !matching && focused ? { element: focused, kind: target.kind } : null;
    setTarget(null);
  });

  return (event: KeyboardEvent) => {
    const element = viewport.current;
    const from = event.target as HTMLElement | null;
    if (!element || !from || from.matches(KEEPS_ARROWS) || count === 0) return;
    const row = from.closest('li[aria-posinset]');
    const current = row ? Number(row.getAttribute('aria-posinset')) - 1 : -1;
    const page = Math.max(1, Math.floor(height / rowHeight) - 1);
    const next = nextIndex(event.key, current, page, count);
    if (next === null) return;
    event.preventDefault();

    // A row out of view is scrolled to the top edge when moving up, and to the bottom edge when moving down.
    const top = next * rowHeight;
    if (top < element.scrollTop || top + rowHeight > element.scrollTop + height) {
      const movingUp = next < current || event.key === 'Home';
      const scrolled = Math.max(0, movingUp ? top : top - (height - rowHeight));
      element.scrollTop = scrolled;
      setScrollTop(scrolled);
    }
    let kind = '';
    if (standIn.current?.element === from) kind = standIn.current.kind;
    else if (row) kind = kindOf(from);
    setTarget({ index: next, kind });
  };
}

/** Returns the row a key moves to from `current` (-1 when the list itself has focus), or null for other keys. */
function nextIndex(key: string, current: number, page: number, count: number): number | null {
  const last = count - 1;
  switch (key) {
    case 'ArrowDown':
      return Math.min(last, current + 1);
    case 'ArrowUp':
      return Math.max(0, current - 1);
    case 'PageDown':
      return Math.min(last, current + page);
    case 'PageUp':
      return Math.max(0, current - page);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}
