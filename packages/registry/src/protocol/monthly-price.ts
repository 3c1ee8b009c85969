import type { Plan } from './schemas/platform.schema.js';

/**
 * A plan's price per month in whole VND: monthly prices as they are, yearly prices divided by 12
 * and rounded up (so a filter "at most X per month" never lets a dearer plan through), and
 * `null` for one-time licences and quoted plans, which have no monthly equivalent.
 *
 * @example monthlyPrice({ price: 1_990_000, billingPeriod: 'year', … }) // 165_834 (1 990 000 / 12 = 165 833.3…)
 */
export function monthlyPrice(plan: Pick<Plan, 'price' | 'billingPeriod'>): number | null {
  if (plan.price === null) return null;
  if (plan.billingPeriod === 'month') return plan.price;
  if (plan.billingPeriod === 'year') return Math.ceil(plan.price / 12);
  return null;
}
