import { describe, expect, it } from 'vitest';
import { SlicedQueue } from '../../../lib/content/sliced-queue';

/** Returns a yield function that records the items done at each pause and resolves at once. */
function countingYield() {
  const pauses: number[][] = [];
  const done: number[] = [];
  return {
    pauses,
    done,
    yieldBetween: async () => {
      pauses.push([...done]);
    },
  };
}

describe('SlicedQueue', () => {
  it('ends a slice at its item limit', async () => {
    const probe = countingYield();
    const queue = new SlicedQueue<number>((item) => probe.done.push(item), { ms: 1000, items: 3 }, probe.yieldBetween);
    queue.add([1, 2, 3, 4, 5, 6, 7]);
    await queue.idle();
    expect(probe.done).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // One pause before each slice of at most three items.
    expect(probe.pauses).toEqual([[], [1, 2, 3], [1, 2, 3, 4, 5, 6]]);
  });

  it('runs runNow items once, at once', async () => {
    const probe = countingYield();
    const queue = new SlicedQueue<number>((item) => probe.done.push(item), { ms: 1000, items: 10 }, probe.yieldBetween);
    queue.add([1, 2, 3]);
    queue.runNow([2]);
    expect(probe.done).toEqual([2]);
    await queue.idle();
    expect(probe.done).toEqual([2, 1, 3]);
  });

  it('runs nothing once stopped', async () => {
    const probe = countingYield();
    const queue = new SlicedQueue<number>((item) => probe.done.push(item), { ms: 1000, items: 2 }, probe.yieldBetween);
    queue.add([1, 2, 3, 4]);
    queue.stop();
    await queue.idle();
    expect(probe.done).toEqual([]);
  });
});
