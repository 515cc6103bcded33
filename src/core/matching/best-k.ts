/**
 * Keeps the k best (largest value) items seen so far in a small sorted buffer. Most items are rejected
 * by one comparison with the current k-th best, so scanning n items costs about n comparisons.
 * Ties keep the item seen first, which keeps results deterministic.
 */
export type BestK = {
  readonly offer: (item: number, value: number) => void;
  /** Current k-th best value, -Infinity while fewer than k items are kept. */
  readonly threshold: () => number;
  /** Items kept, best first. */
  readonly items: () => Int32Array;
  readonly values: () => Float64Array;
  readonly reset: () => void;
};

export function createBestK(k: number): BestK {
  const items = new Int32Array(k);
  const values = new Float64Array(k);
  let count = 0;
  return {
    offer: (item, value) => {
      if (k === 0) return;
      if (count === k && !(value > values[k - 1]!)) return;
      let at = count < k ? count++ : k - 1;
      while (at > 0 && values[at - 1]! < value) {
        values[at] = values[at - 1]!;
        items[at] = items[at - 1]!;
        at--;
      }
      values[at] = value;
      items[at] = item;
    },
    threshold: () => (count === k && k > 0 ? values[k - 1]! : Number.NEGATIVE_INFINITY),
    items: () => items.subarray(0, count),
    values: () => values.subarray(0, count),
    reset: () => {
      count = 0;
    },
  };
}
