import { useEffect, useState } from 'preact/hooks';

/**
 * Computes a value in a task after the component is drawn, and again when `deps` change; null
 * until the first result. Preact runs effects after the frame is painted, so a summary of a long
 * list does not lengthen the task that draws the rest of the panel. As with `useMemo`, only
 * `deps` decide when to compute again.
 */
export function useDeferred<T>(compute: () => T, deps: readonly unknown[]): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    setValue(compute());
  }, deps);
  return value;
}
