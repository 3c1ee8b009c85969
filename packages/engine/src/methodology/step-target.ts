import type { ScoringPlan } from './scoring-plan.js';

/**
 * The position one step up from `at` (criterion `i`'s current position, as `start[i] + from`)
 * reaches: the first higher position worth more, or for a ratio over a small whole denominator
 * (below `plan.jumpsBelow[i]`) possibly a later one, since the smallest numerator that passes a
 * band can pass the next ones too. Only for a position below the top.
 */
export function stepTarget(plan: ScoringPlan, i: number, at: number): number {
  const s = plan.start[i];
  let to = plan.next[at] + s;
  const denominator = plan.denominators[i]; // 0 for non-ratios and unanswered ratios
  if (denominator > 0 && denominator < plan.jumpsBelow[i] && Number.isInteger(denominator)) {
    const scaled = smallestNumerator(plan.above[to - 1], denominator) * 100;
    const end = s + plan.criteria[i].top;
    while (to < end && scaled > plan.above[to] * denominator) to++;
  }
  return to - s;
}

// Over a zero ("none") or fractional denominator no whole numerator fits reliably: use 100.
export function stepDenominator(denominator: number): number {
  return Number.isInteger(denominator) && denominator > 0 ? denominator : 100;
}

/** The smallest whole numerator whose share of the denominator is above `abovePercent`. */
export function smallestNumerator(abovePercent: number, denominator: number): number {
  return Math.floor((abovePercent * stepDenominator(denominator)) / 100) + 1;
}
