/** A count with thousands separators, as in the summary line `98,765 scored, 3 failed`. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}
