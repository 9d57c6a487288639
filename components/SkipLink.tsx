import type { RefObject } from 'preact';

export interface SkipLinkProps {
  /** The section that takes focus. It needs `tabIndex={-1}` to accept focus. */
  target: RefObject<HTMLElement | null>;
  label: string;
}

/**
 * Renders a link that is shown only while it has keyboard focus and moves focus to a later
 * section, so that keyboard users need not tab through a long list to reach it.
 */
export function SkipLink({ target, label }: SkipLinkProps) {
  function skip(event: MouseEvent): void {
    event.preventDefault();
    target.current?.focus();
    target.current?.scrollIntoView({ block: 'start' });
  }
  return (
    <a class="skip-link" href="#" onClick={skip}>
      {label}
    </a>
  );
}
