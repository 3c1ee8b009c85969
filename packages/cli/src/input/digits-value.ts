// Fifteen digits are below 2^53: summing them digit by digit is exact, so it gives what
// `Number()` gives. Longer runs go to `Number()`, which rounds them correctly.
export const MAX_EXACT_DIGITS = 15;

/**
 * The value of `text[from, to)` when it is 1 to 15 ASCII digits and nothing else (leading
 * zeros allowed), read without copying it out; `-1` otherwise (blank, longer, or any other
 * character), for the caller to read it the general way. Equal to `Number(text.slice(from, to))`
 * whenever it is not `-1`.
 */
export function digitsValue(text: string, from: number, to: number): number {
  if (to <= from || to - from > MAX_EXACT_DIGITS) return -1;
  let value = 0;
  for (let at = from; at < to; at++) {
    const digit = text.charCodeAt(at) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}
