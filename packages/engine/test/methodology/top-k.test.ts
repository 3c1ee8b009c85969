import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TopK } from '../../src/methodology/top-k.js';

type Candidate = { item: number; key: number; value: number };

// Small key ranges, so that ties are common.
const candidates = fc
  .array(fc.integer({ min: 0, max: 5 }), { maxLength: 40 })
  .map((keys) => keys.map((key, item): Candidate => ({ item, key, value: item * 7 })));

/** The reference: a stable sort of every candidate, best first, cut to `limit`. */
function bestBySorting(all: readonly Candidate[], limit: number): Candidate[] {
  return [...all].sort((a, b) => b.key - a.key).slice(0, limit);
}

/** What the selection holds, best first. */
function kept(top: TopK): Candidate[] {
  return Array.from({ length: top.count }, (_, r) => ({ item: top.items[r], key: top.keys[r], value: top.values[r] }));
}

/** Offers a candidate the way the ranking does: only when its key is above the threshold. */
function offer(top: TopK, c: Candidate): void {
  if (c.key > top.threshold) top.offer(c.item, c.key, c.value);
}

describe('TopK', () => {
  it('keeps the same candidates, in the same order, as sorting them all (ties to the first offered)', () => {
    fc.assert(
      fc.property(candidates, fc.integer({ min: 0, max: 10 }), (all, limit) => {
        const top = new TopK(40);
        top.reset(limit, -1);
        for (const c of all) offer(top, c);
        expect(kept(top)).toEqual(bestBySorting(all, limit));
      }),
    );
  });

  it('keeps only keys above the floor', () => {
    fc.assert(
      fc.property(candidates, fc.integer({ min: 1, max: 10 }), fc.integer({ min: 0, max: 5 }), (all, limit, floor) => {
        const top = new TopK(40);
        top.reset(limit, floor);
        for (const c of all) offer(top, c);
        expect(kept(top)).toEqual(bestBySorting(all.filter((c) => c.key > floor), limit));
      }),
    );
  });

  it('raises its threshold to the last kept key once full', () => {
    const top = new TopK(4);
    top.reset(2, 0);
    top.offer(0, 5, 0);
    expect(top.threshold).toBe(0);
    top.offer(1, 3, 0);
    expect(top.threshold).toBe(3);
    top.offer(2, 4, 0);
    expect([top.threshold, [...top.items.subarray(0, top.count)]]).toEqual([4, [0, 2]]);
  });

  it('keeps no more than its capacity, and starts empty after a reset', () => {
    const top = new TopK(2);
    top.reset(5, -1);
    for (let i = 0; i < 4; i++) offer(top, { item: i, key: i, value: i });
    expect([top.count, top.items[0], top.items[1]]).toEqual([2, 3, 2]);
    top.reset(1, -1);
    expect(top.count).toBe(0);
    offer(top, { item: 9, key: 0, value: 9 });
    expect([top.count, top.items[0]]).toEqual([1, 9]);
  });

  it('keeps nothing after a reset to a limit below 1', () => {
    const top = new TopK(3);
    for (const limit of [0, -2]) {
      top.reset(limit, -1);
      expect(top.threshold).toBe(Infinity);
      offer(top, { item: 1, key: 5, value: 1 });
      expect(top.count).toBe(0);
    }
  });
});
