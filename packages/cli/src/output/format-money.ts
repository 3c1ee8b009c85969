import type { Lang } from '../cli/lang-option.js';

const formats = { vi: new Intl.NumberFormat('vi-VN'), en: new Intl.NumberFormat('en-US') };

/** Whole VND with the language's grouping: `80.000.000 ₫` (vi), `80,000,000 ₫` (en). */
export function formatMoney(vnd: number, lang: Lang): string {
  return `${formats[lang].format(vnd)} ₫`;
}

/** A plain number with the language's grouping and decimal sign. */
export function formatNumber(value: number, lang: Lang): string {
  return formats[lang].format(value);
}
