import type { LANGUAGES } from '../bilingual-text.js';
import type { RateFraction } from './programme.js';

// Number formatting for reason texts. Hand-rolled rather than Intl so that a reason reads the
// same in every runtime (ICU builds differ in spaces and symbols); UIs format their own figures.

type Lang = (typeof LANGUAGES)[number];

const separators: Record<Lang, { group: string; decimal: string }> = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/** `1234567.5` → `1,234,567.5` (en) or `1.234.567,5` (vi); at most two decimals. */
export function formatNumber(value: number, lang: Lang): string {
  const [whole, fraction] = (Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/\.?0+$/, '')).split('.');
  const { group, decimal } = separators[lang];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return fraction ? `${grouped}${decimal}${fraction}` : grouped;
}

/** Whole VND: `20,000,000 ₫` (en), `20.000.000 ₫` (vi). */
export const formatVnd = (amount: number, lang: Lang): string => `${formatNumber(amount, lang)} ₫`;

/** A share or a fraction as a percentage: `50%`, `33.33%`. */
export function formatPercent(value: number | RateFraction, lang: Lang): string {
  const ratio = typeof value === 'number' ? value : value.numerator / value.denominator;
  return `${formatNumber(ratio * 100, lang)}%`;
}

/** Joins a list: `a, b and c` (en), `a, b và c` (vi). */
export function formatList(parts: readonly string[], lang: Lang): string {
  if (parts.length < 2) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${lang === 'vi' ? 'và' : 'and'} ${parts[parts.length - 1]}`;
}

export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
