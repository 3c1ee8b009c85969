import { numberLocale as locale, type Lang } from '../internal/lang.js';

/** A count or score for people: `1.234` in Vietnamese, `1,234` in English; at most one decimal. */
export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 1 }).format(value);
}

/** A percent given as a number from 0 to 100: `37,5 %` in Vietnamese, `37.5%` in English. */
export function formatPercent(percent: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: 1 }).format(percent / 100);
}

/** A ratio answer's share (numerator out of denominator) as a percent; 0 out of 0 is 0 %. */
export function formatShare(ratio: { numerator: number; denominator: number }, lang: Lang): string {
  return formatPercent(ratio.denominator === 0 ? 0 : (ratio.numerator / ratio.denominator) * 100, lang);
}

/** A date for the report header, in the visitor's language. */
export function formatDate(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long' }).format(date);
}
