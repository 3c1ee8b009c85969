/**
 * The best `limit` of a stream of candidates, kept best first in typed arrays so that offering
 * one allocates nothing: a partial selection, never a sort of every candidate. A candidate is a
 * whole number (`item`), a key and a companion value; better means a higher key, and of equal
 * keys the one offered first ranks first. Rank `r < count` holds `items[r]`, `keys[r]`, `values[r]`.
 */
export class TopK {
  count = 0;
  /**
   * A candidate is kept only with a key above this: the floor given to `reset` until the
   * selection is full, then the last kept key. Callers test it before offering, inline.
   */
  threshold = Infinity;
  private limit = 0;
  readonly keys: Float64Array;
  readonly items: Int32Array;
  readonly values: Float64Array;

  constructor(private readonly capacity: number) {
    this.keys = new Float64Array(capacity);
    this.items = new Int32Array(capacity);
    this.values = new Float64Array(capacity);
  }

  /**
   * Empties the selection, sets how many to keep (at most the capacity) and the key a candidate
   * must be above. A limit below 1 keeps nothing.
   */
  reset(limit: number, floor: number): void {
    this.count = 0;
    this.limit = Math.min(limit, this.capacity);
    this.threshold = this.limit > 0 ? floor : Infinity;
  }

  /** Keeps a candidate whose key is above `threshold` (the caller has checked), in rank order. */
  offer(item: number, key: number, value: number): void {
    const { keys, items, values, limit } = this;
    // The last kept falls off when full. Walk up while the candidate is strictly better, so an
    // equal key stays below the one offered before it.
    let at = this.count < limit ? this.count++ : limit - 1;
    for (; at > 0 && keys[at - 1] < key; at--) {
      keys[at] = keys[at - 1];
      items[at] = items[at - 1];
      values[at] = values[at - 1];
    }
    keys[at] = key;
    items[at] = item;
    values[at] = value;
    if (this.count === limit) this.threshold = keys[limit - 1];
  }
}
