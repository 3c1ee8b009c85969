/**
 * The best `limit` of a stream of candidates, kept best first in one typed array so that
 * offering one allocates nothing: a partial selection, never a sort of every candidate. A
 * candidate is a number (`item`), a companion value and three keys; better means a higher
 * `first`, then a higher `second`, then a lower `third`. Of equal candidates the one offered
 * first ranks first. Rank `r < count` holds `item, value, first, second, third` at `slots[5r … 5r + 4]`.
 */
export class TopK {
  count = 0;
  private limit = 0;
  readonly slots: Float64Array;

  constructor(private readonly capacity: number) {
    this.slots = new Float64Array(capacity * 5);
  }

  /**
   * Empties the selection and sets how many to keep (at most the capacity). A limit below 1
   * keeps nothing: `offer` refuses every candidate once its rank is not below the limit.
   */
  reset(limit: number): void {
    this.count = 0;
    this.limit = Math.min(limit, this.capacity);
  }

  /**
   * Keeps the candidate if it is among the best `limit` so far, and says whether it did. The
   * kept set only gets better, so a refused candidate's equals are refused from then on.
   */
  offer(item: number, value: number, first: number, second: number, third: number): boolean {
    const { slots } = this;
    // Walk up from the end while the candidate is strictly better: one no better than the last
    // kept stops at once.
    let at = this.count;
    for (let k = at * 5 - 3; at > 0; at--, k -= 5) {
      if (!(first > slots[k] || (first === slots[k] && (second > slots[k + 1] || (second === slots[k + 1] && third < slots[k + 2]))))) break;
    }
    if (at >= this.limit) return false;
    if (this.count < this.limit) this.count++;
    const k = at * 5;
    // Moves the ranks below down by one (the last kept falls off when full). A plain loop: for
    // a few slots it is faster than copyWithin.
    for (let j = this.count * 5 - 1; j >= k + 5; j--) slots[j] = slots[j - 5];
    slots[k] = item;
    slots[k + 1] = value;
    slots[k + 2] = first;
    slots[k + 3] = second;
    slots[k + 4] = third;
    return true;
  }
}
