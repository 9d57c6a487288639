/**
 * Resolves in a later task, so the page can handle input and paint in between. Uses
 * `scheduler.yield()` where the browser has it (Chromium 129 and later) and `setTimeout` elsewhere.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves in a task after the page's next frame, so the layout that the last slice caused is
 * done before the next slice adds more. In headless Chromium, slices that only called
 * `scheduler.yield()` ran before the next frame and piled up their layout into one long frame.
 * A hidden page renders no frames, so there this yields like `yieldToPage`.
 */
export function yieldToFrame(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function' || document.visibilityState !== 'visible') return yieldToPage();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

export interface SliceLimits {
  /** Milliseconds of work after which a slice ends. */
  ms: number;
  /** Items after which a slice ends, however fast they were. */
  items: number;
}

/**
 * Runs `work` on queued items in slices, yielding between slices, so that no single task blocks
 * the main thread for long. A slice ends after `limits.ms` milliseconds or `limits.items` items.
 * An item queued twice before its turn runs once.
 */
export class SlicedQueue<T> {
  private readonly queued = new Set<T>();
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly work: (item: T) => void,
    private readonly limits: SliceLimits,
    private readonly yieldBetween: () => Promise<void> = yieldToFrame,
  ) {}

  /** Runs `work` on `items` at once, in this task, and drops them from the queue. */
  runNow(items: Iterable<T>): void {
    for (const item of items) {
      this.queued.delete(item);
      this.work(item);
    }
  }

  /** Queues items for later slices. */
  add(items: Iterable<T>): void {
    for (const item of items) this.queued.add(item);
    if (this.queued.size > 0) this.running ??= this.drain();
  }

  /** Resolves once the queue is empty. */
  idle(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  /** Drops every queued item and runs no more slices. */
  stop(): void {
    this.stopped = true;
    this.queued.clear();
  }

  private async drain(): Promise<void> {
    while (this.queued.size > 0 && !this.stopped) {
      await this.yieldBetween();
      const sliceEnd = performance.now() + this.limits.ms;
      let done = 0;
      for (const item of this.queued) {
        this.queued.delete(item);
        this.work(item);
        if (++done >= this.limits.items || performance.now() >= sliceEnd) break;
      }
    }
    this.running = null;
  }
}
