import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TopK } from '../../src/methodology/top-k.js';

type Candidate = { item: number; value: number; first: number; second: number; third: number };

// Small key ranges, so that ties on one, two or all three keys are common.
const candidates = fc.array(
  fc.record({ first: fc.integer({ min: 0, max: 3 }), second: fc.integer({ min: 0, max: 3 }), third: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constant(Infinity)) }),
  { maxLength: 40 },
).map((keys) => keys.map((k, item): Candidate => ({ item, value: item * 7, ...k })));

/** The reference: a stable sort of every candidate, best first, cut to `limit`. */
function bestBySorting(all: readonly Candidate[], limit: number): Candidate[] {
  return [...all].sort((a, b) => b.first - a.first || b.second - a.second || (a.third === b.third ? 0 : a.third < b.third ? -1 : 1)).slice(0, limit);
}

/** What the selection holds, best first. */
function kept(top: TopK) {
  return Array.from({ length: top.count }, (_, r) => ({ item: top.slots[r * 5], value: top.slots[r * 5 + 1], first: top.slots[r * 5 + 2] }));
}

describe('TopK', () => {
  it('keeps the same candidates, in the same order, as sorting them all', () => {
    fc.assert(
      fc.property(candidates, fc.integer({ min: 0, max: 10 }), (all, limit) => {
        const top = new TopK(40);
        top.reset(limit);
        for (const c of all) top.offer(c.item, c.value, c.first, c.second, c.third);
        const expected = bestBySorting(all, limit);
        expect(kept(top)).toEqual(expected.map(({ item, value, first }) => ({ item, value, first })));
      }),
    );
  });

  it('keeps no more than its capacity, and starts empty after a reset', () => {
    const top = new TopK(2);
    top.reset(5);
    for (let i = 0; i < 4; i++) top.offer(i, i, i, 0, 0);
    expect([top.count, top.slots[0], top.slots[5]]).toEqual([2, 3, 2]);
    top.reset(1);
    expect(top.count).toBe(0);
    top.offer(9, 9, 0, 0, Infinity);
    expect([top.count, top.slots[0]]).toEqual([1, 9]);
  });

  it('keeps nothing after a reset to a limit below 1', () => {
    const top = new TopK(3);
    for (const limit of [0, -2]) {
      top.reset(limit);
      expect([top.offer(1, 1, 5, 5, 0), top.count]).toEqual([false, 0]);
    }
  });
});
