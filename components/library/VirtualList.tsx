import type { ComponentChild } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useRowKeys } from './useRowKeys';

export interface VirtualListProps<T> {
  items: T[];
  /** Height of every row in CSS pixels; rows must not grow beyond it. */
  rowHeight: number;
  /** Accessible name of the scrolling region. */
  label: string;
  itemKey: (item: T) => string;
  renderItem: (item: T, index: number) => ComponentChild;
}

/** Rows rendered above and below the visible ones, so fast scrolling shows no gap. */
const OVERSCAN = 6;

/** Viewport height used before layout, and where the environment has none (tests). */
const FALLBACK_HEIGHT = 720;

/**
 * Renders a long list as a scrolling region that mounts only the rows in view. Each row is an
 * `li` with `aria-setsize` and `aria-posinset`, so assistive technology reads the full length.
 * The region is focusable. From it or from a row's control, the arrow keys, Page Up, Page Down,
 * Home and End move focus to the same kind of control in another row (see `useRowKeys`).
 */
export function VirtualList<T>({ items, rowHeight, label, itemKey, renderItem }: VirtualListProps<T>) {
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(FALLBACK_HEIGHT);
  const onKeyDown = useRowKeys(viewport, items.length, rowHeight, height, setScrollTop);

  useEffect(() => {
    const element = viewport.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setHeight(element.clientHeight || FALLBACK_HEIGHT));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN);
  const rows: ComponentChild[] = [];
  for (let index = first; index < last; index++) {
    const item = items[index] as T;
    rows.push(
      <li
        key={itemKey(item)}
        class="virtual-row"
        style={{ top: `${index * rowHeight}px`, height: `${rowHeight}px` }}
        aria-setsize={items.length}
        aria-posinset={index + 1}
      >
        {renderItem(item, index)}
      </li>,
    );
  }

  return (
    <div
      ref={viewport}
      class="virtual-viewport"
      role="region"
      aria-label={label}
      tabIndex={0}
      data-testid="library-list"
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
    >
      <ul class="paper-list virtual-list" style={{ height: `${items.length * rowHeight}px` }}>
        {rows}
      </ul>
    </div>
  );
}
