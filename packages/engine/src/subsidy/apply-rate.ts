import type { RateFraction } from './programme.js';

/**
 * floor(amount × rate), exact for every safe-integer amount. BigInt because `cost * 0.29` in
 * floating point is off by one for some costs (100 × 0.29 = 28.999…).
 */
export function applyRate(amount: number, rate: RateFraction): number {
  return Number((BigInt(amount) * BigInt(rate.numerator)) / BigInt(rate.denominator));
}
