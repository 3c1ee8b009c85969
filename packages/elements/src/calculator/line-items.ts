import type { SubsidyItemInput } from '@dbi-kit/engine';
import { localized, type Lang } from '../internal/lang.js';
import { parseVnd } from '../internal/money.js';
import type { SelectedPlatform } from '../picker/platform-selection.js';

/** A line item typed in: the text as typed, so a half-typed amount is kept and explained. */
export interface TypedItem {
  id: string;
  kind: string;
  label: string;
  cost: string;
}

/** What is wrong with a line item, as a key into the calculator's strings. */
export type ItemProblem = 'costMissing' | 'costInvalid' | 'priceOnRequest' | 'monthsInvalid';

/** A line item ready for `calculateSubsidy`, or the reason it cannot be. */
export type CheckedItem = { input: SubsidyItemInput; problem?: undefined } | { input?: undefined; problem: ItemProblem };

/** Reads a typed line item: its cost must be whole VND, typed Vietnamese or English style. */
export function checkTypedItem(item: TypedItem): CheckedItem {
  if (!item.cost.trim()) return { problem: 'costMissing' };
  const cost = parseVnd(item.cost);
  if (cost === undefined) return { problem: 'costInvalid' };
  return { input: { id: item.id, kind: item.kind, label: item.label.trim() || undefined, cost } };
}

/**
 * The cost of `months` of a chosen plan: a monthly plan costs price × months; a yearly plan is
 * bought by whole years (price × ⌈months ÷ 12⌉); a one-time plan costs its price once.
 * Platforms are solutions, so the kind is `dx-solution` (Decree 80/2021 Art. 11 cl. 2). The
 * label names the platform and the plan, the plan's name in `lang`.
 */
export function checkSelectedItem(platform: SelectedPlatform, months: number, lang: Lang): CheckedItem {
  const { price, billingPeriod } = platform.plan;
  if (price === null) return { problem: 'priceOnRequest' };
  if (!Number.isInteger(months) || months < 1 || months > 120) return { problem: 'monthsInvalid' };
  const cost = billingPeriod === 'month' ? price * months : billingPeriod === 'year' ? price * Math.ceil(months / 12) : price;
  return { input: { id: `${platform.id}/${platform.plan.id}`, kind: 'dx-solution', label: `${platform.name} — ${localized(platform.plan.name, lang)}`, cost } };
}
