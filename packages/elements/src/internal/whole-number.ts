/**
 * Reads a whole, non-negative number typed by a person: a headcount, an amount of đồng. Dots,
 * commas and spaces are thousands separators (`1.000`, `1,000`, `1 000` are all 1000), never a
 * decimal point, so a fraction (`1,5`, `2.5`) is not read. Returns `undefined` for anything that
 * is not a whole number ≥ 0 (or is beyond `Number.MAX_SAFE_INTEGER`), so the caller can show its
 * own validation message.
 *
 * @example parseWholeNumber('1.000') // 1000
 */
export function parseWholeNumber(text: string): number | undefined {
  const cleaned = text.trim();
  if (!/^\d{1,3}([.,\s\u00a0]\d{3})*$|^\d+$/u.test(cleaned)) return undefined;
  const value = Number(cleaned.replace(/[.,\s\u00a0]/gu, ''));
  return Number.isSafeInteger(value) ? value : undefined;
}
