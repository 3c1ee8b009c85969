/**
 * How `<dbi-subsidy-calculator>` reads the figures of the business profile as typed: each
 * returns `undefined` for a blank field and `NaN` for text it cannot read (the field is then
 * flagged). Headcounts and amounts share `parseWholeNumber` with the rest of dbi-kit.
 */
import { parseVnd } from '../internal/money.js';
import { parseWholeNumber } from '../internal/whole-number.js';

/** How a profile field's text is read. */
export type FieldKind = 'count' | 'money' | 'percent';

/** A headcount: whole, thousands separators allowed (`1.000`). `undefined` for blank, `NaN` when it cannot be read. */
export function readCount(text: string): number | undefined {
  if (!text.trim()) return undefined;
  return parseWholeNumber(text) ?? Number.NaN;
}

/** A percentage, which may have a decimal point or comma (`51,5`): `undefined` for blank, `NaN` for anything but a number ≥ 0. */
export function readPercent(text: string): number | undefined {
  const cleaned = text.trim().replace(',', '.');
  if (!cleaned) return undefined;
  const value = Number(cleaned);
  return Number.isFinite(value) && value >= 0 ? value : Number.NaN;
}

/** A VND amount typed by a person: `undefined` for blank, `NaN` when it cannot be read. */
export function readMoney(text: string): number | undefined {
  if (!text.trim()) return undefined;
  return parseVnd(text) ?? Number.NaN;
}

/** The reader of each kind of field. */
export const READERS: Record<FieldKind, (text: string) => number | undefined> = { count: readCount, money: readMoney, percent: readPercent };
