/**
 * The best `limit` of a stream of candidates, kept best first in typed arrays so that offering
 * one allocates nothing: a partial selection, never a sort of every candidate. A candidate is a
 * number (`item`), a companion value and three keys; better means a higher `first`, then a
 * higher `second`, then a lower `third`. Of equal candidates the one offered first ranks first.
 */
export class TopK {
  /** How many candidates are kept; `item(r)`, `value(r)` and `first(r)` read rank `r < count`. */
  count = 0;
  private limit = 0;
  private readonly items: Int32Array;
  private readonly values: Int32Array;
  /** keys[3r … 3r + 2]: the three keys of rank r. */
  private readonly keys: Float64Array;

  constructor(capacity: number) {
    this.items = new Int32Array(capacity);
    this.values = new Int32Array(capacity);
    this.keys = new Float64Array(capacity * 3);
  }

  /** Empties the selection and sets how many to keep (at most the capacity). */
  reset(limit: number): void {
    this.count = 0;
    this.limit = Math.max(0, Math.min(limit, this.items.length));
  }

  /** Whether a candidate with these keys, offered now, would be kept. */
  admits(first: number, second: number, third: number): boolean {
    return this.count < this.limit || (this.count > 0 && this.beats(first, second, third, this.count - 1));
  }

  /** Keeps the candidate if it is among the best `limit` so far; returns whether it was kept. */
  offer(item: number, value: number, first: number, second: number, third: number): boolean {
    // Walk up from the end: a candidate no better than the last kept one stops at once.
    let at = this.count;
    while (at > 0 && this.beats(first, second, third, at - 1)) at--;
    if (at >= this.limit) return false;
    if (this.count < this.limit) this.count++;
    const { items, values, keys } = this;
    for (let r = this.count - 1; r > at; r--) {
      items[r] = items[r - 1];
      values[r] = values[r - 1];
      keys[r * 3] = keys[r * 3 - 3];
      keys[r * 3 + 1] = keys[r * 3 - 2];
      keys[r * 3 + 2] = keys[r * 3 - 1];
    }
    items[at] = item;
    values[at] = value;
    keys[at * 3] = first;
    keys[at * 3 + 1] = second;
    keys[at * 3 + 2] = third;
    return true;
  }

  item(rank: number): number {
    return this.items[rank];
  }

  value(rank: number): number {
    return this.values[rank];
  }

  first(rank: number): number {
    return this.keys[rank * 3];
  }

  /** Whether the keys are strictly better than those kept at `rank`. */
  private beats(first: number, second: number, third: number, rank: number): boolean {
    const k = rank * 3;
    const { keys } = this;
    return first > keys[k] || (first === keys[k] && (second > keys[k + 1] || (second === keys[k + 1] && third < keys[k + 2])));
  }
}
