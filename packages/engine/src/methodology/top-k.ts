/**
 * The best `limit` of a stream of candidates, kept best first in typed arrays so that offering
 * one allocates nothing: a partial selection, never a sort of every candidate. A candidate is a
 * number (`item`), a companion value and three keys; better means a higher `first`, then a
 * higher `second`, then a lower `third`. Of equal candidates the one offered first ranks first.
 * Rank `r < count` holds `items[r]`, `values[r]` and its keys at `keys[3r … 3r + 2]`.
 */
export class TopK {
  count = 0;
  private limit = 0;
  readonly items: Int32Array;
  readonly values: Int32Array;
  readonly keys: Float64Array;

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

  /** Keeps the candidate if it is among the best `limit` so far. */
  offer(item: number, value: number, first: number, second: number, third: number): void {
    const { items, values, keys } = this;
    // Walk up from the end while the candidate is strictly better: one no better than the last
    // kept stops at once.
    let at = this.count;
    for (let k = at * 3 - 3; at > 0; at--, k -= 3) {
      if (!(first > keys[k] || (first === keys[k] && (second > keys[k + 1] || (second === keys[k + 1] && third < keys[k + 2]))))) break;
    }
    if (at >= this.limit) return;
    if (this.count < this.limit) this.count++;
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
  }
}
