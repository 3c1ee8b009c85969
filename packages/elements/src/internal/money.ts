/**
 * Money in dbi-kit is whole Vietnamese đồng. These helpers turn it into text for people and
 * back, so the calculator accepts what a Vietnamese user types (`20.000.000`, `20 000 000 ₫`)
 * as well as what an English user types (`20,000,000`).
 */

import { numberLocale } from './lang.js';
import { parseWholeNumber } from './whole-number.js';

const formatters: Record<string, Intl.NumberFormat> = {};

function vndFormat(lang: string): Intl.NumberFormat {
  const locale = numberLocale(lang);
  return (formatters[locale] ??= new Intl.NumberFormat(locale, { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }));
}

/**
 * Formats whole VND for display: `20.000.000 ₫` in Vietnamese, `₫20,000,000` in English.
 *
 * @example formatVnd(20_000_000, 'vi') // '20.000.000 ₫'
 */
export function formatVnd(amount: number, lang: string): string {
  return vndFormat(lang).format(amount);
}

/**
 * Reads an amount of whole VND typed by a person, with `parseWholeNumber` (which the
 * calculator also reads headcounts with): dots, commas and spaces are thousands separators
 * (VND has no minor unit, so a separator is never a decimal point); a trailing `₫`, `đ`, `vnd`
 * or `đồng` is ignored. Returns `undefined` for anything that is not a whole,
 * non-negative amount, so the caller can show its own validation message.
 *
 * @example parseVnd('20.000.000') // 20000000
 */
export function parseVnd(text: string): number | undefined {
  return parseWholeNumber(
    text
      .trim()
      .replace(/\s*(₫|đ|vnđ|vnd|đồng|dong)\s*$/iu, '')
      .replace(/^\s*(₫|vnd)\s*/iu, ''),
  );
}
