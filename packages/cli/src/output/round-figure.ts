/**
 * Rounds a figure for output, once, at the end (the engine computes exactly): at most two
 * decimals, no trailing zeros, so 38.4375 → 38.44 and 25 → 25.
 */
export function roundFigure(value: number): number {
  return Math.round(value * 100) / 100;
}
