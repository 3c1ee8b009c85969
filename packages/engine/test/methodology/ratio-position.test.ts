import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getMethodology } from '@dbi-kit/engine';
import { ratioPosition } from '../../src/methodology/answer-position.js';
import { scoringPlan } from '../../src/methodology/scoring-plan.js';

const ratios = scoringPlan(getMethodology('dbi-2021-sme')).criteria.filter((criterion) => criterion.ratio);

/** The rule itself: how many band edges the share is above, compared exactly in whole numbers. */
const bandsPassed = (above: readonly number[], numerator: number, denominator: number) => above.filter((edge) => numerator * 100 > edge * denominator).length;

describe('ratioPosition', () => {
  it('counts the bands a whole-number share is above, edges exact (a share at an edge is not above it)', () => {
    const criterion = ratios[0];
    expect(criterion.above).toEqual([0, 20, 40, 60, 80]);
    expect([0, 1, 19, 20, 21, 80, 81, 100].map((numerator) => ratioPosition(criterion, numerator, 100))).toEqual([0, 1, 1, 1, 2, 4, 5, 5]);
    expect(ratioPosition(criterion, 1, 5)).toBe(1); // exactly 20 %
    expect(ratioPosition(criterion, 0, 0)).toBe(0);
  });

  it('agrees with the exact band count for any whole figures, up to 10^12 and beyond', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ratios),
        fc.oneof(fc.integer({ min: 1, max: 1_000 }), fc.integer({ min: 1, max: 1e12 }), fc.integer({ min: 1e12, max: 2 ** 45 })),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (criterion, denominator, share) => {
          const numerator = Math.floor(share * denominator);
          expect(ratioPosition(criterion, numerator, denominator)).toBe(bandsPassed(criterion.above, numerator, denominator));
          // Right at each edge and one above it.
          for (const edge of criterion.above) {
            if ((edge * denominator) % 100 !== 0) continue;
            const atEdge = (edge * denominator) / 100;
            expect(ratioPosition(criterion, atEdge, denominator)).toBe(bandsPassed(criterion.above, atEdge, denominator));
            if (atEdge < denominator) expect(ratioPosition(criterion, atEdge + 1, denominator)).toBe(bandsPassed(criterion.above, atEdge + 1, denominator));
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('compares decimal figures band by band, as before', () => {
    const criterion = ratios[0];
    expect(ratioPosition(criterion, 1.5, 3)).toBe(bandsPassed(criterion.above, 1.5, 3));
    expect(ratioPosition(criterion, 0.5, 2.5)).toBe(1); // exactly 20 %, as the band count sees it
  });
});
