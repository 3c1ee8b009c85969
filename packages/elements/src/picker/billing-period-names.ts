import type { Translations } from '../internal/lang.js';

const perPeriod =
  (names: Record<string, string>) =>
  (price: string, period: string): string =>
    `${price}/${names[period] ?? period}`;

/** "price/period" with the name of a plan's billing period, for the picker and the calculator. */
export const pricePerPeriod: Translations<(price: string, period: string) => string> = {
  vi: perPeriod({ month: 'tháng', year: 'năm', 'one-time': 'một lần' }),
  en: perPeriod({ month: 'month', year: 'year', 'one-time': 'one time' }),
};
