/**
 * Splits items into those whose element is at least partly inside the viewport and the rest,
 * both in their original order. It reads every element's box before anything is drawn, so the
 * page lays out once for all of them.
 */
export function visibleFirst<T>(items: readonly T[], elementOf: (item: T) => Element): { visible: T[]; rest: T[] } {
  const height = window.innerHeight || document.documentElement.clientHeight;
  const visible: T[] = [];
  const rest: T[] = [];
  for (const item of items) {
    const box = elementOf(item).getBoundingClientRect();
    const inView = box.bottom > 0 && box.top < height && (box.width > 0 || box.height > 0);
    (inView ? visible : rest).push(item);
  }
  return { visible, rest };
}
