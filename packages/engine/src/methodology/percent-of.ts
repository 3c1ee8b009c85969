/** Points as a percent of a maximum, rounded once, to 2 decimals (0 of a zero maximum is 0 %). */
export function percentOf(points: number, maxPoints: number): number {
  return maxPoints === 0 ? 0 : Math.round((points * 10000) / maxPoints) / 100;
}
