import type { Translations } from '../internal/lang.js';

/** The name of a plan's billing period, for "price/period" in the picker and the calculator. */
export const billingPeriodNames: Translations<Record<string, string>> = {
  vi: { month: 'tháng', year: 'năm', 'one-time': 'một lần' },
  en: { month: 'month', year: 'year', 'one-time': 'one time' },
};
