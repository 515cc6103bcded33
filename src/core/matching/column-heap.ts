/**
 * An indexed binary min-heap of column indices keyed by an external distance array, on typed arrays
 * and plain functions (no closures in the solver's inner loop). At equal distance a free column
 * (owner < 0) comes first, so a shortest augmenting path stops as early as it can.
 */
export type ColumnHeap = {
  /** Heap slots: column indices. */
  readonly at: Int32Array;
  /** Slot of each column. */
  readonly pos: Int32Array;
};

export function createColumnHeap(width: number): ColumnHeap {
  return { at: new Int32Array(width), pos: new Int32Array(width) };
}

function less(key: Float64Array, owner: Int32Array, a: number, b: number): boolean {
  const ka = key[a]!;
  const kb = key[b]!;
  return ka < kb || (ka === kb && owner[a]! < 0 && owner[b]! >= 0);
}

/** Moves the column in `slot` up until its parent is not larger. */
export function siftUp(h: ColumnHeap, key: Float64Array, owner: Int32Array, slot: number): void {
  const { at, pos } = h;
  let s = slot;
  const col = at[s]!;
  while (s > 0) {
    const parent = (s - 1) >> 1;
    const other = at[parent]!;
    if (!less(key, owner, col, other)) break;
    at[s] = other;
    pos[other] = s;
    s = parent;
  }
  at[s] = col;
  pos[col] = s;
}

/** Adds `col` to a heap of `size` columns; returns the new size. */
export function heapPush(
  h: ColumnHeap,
  key: Float64Array,
  owner: Int32Array,
  size: number,
  col: number,
): number {
  h.at[size] = col;
  h.pos[col] = size;
  siftUp(h, key, owner, size);
  return size + 1;
}

/** Removes the top of a heap of `size` (> 0) columns; the caller reads `at[0]` first. */
export function heapPopTop(h: ColumnHeap, key: Float64Array, owner: Int32Array, size: number): number {
  const { at, pos } = h;
  const n = size - 1;
  if (n === 0) return 0;
  const col = at[n]!;
  let s = 0;
  for (;;) {
    let child = 2 * s + 1;
    if (child >= n) break;
    const right = child + 1;
    if (right < n && less(key, owner, at[right]!, at[child]!)) child = right;
    const other = at[child]!;
    if (!less(key, owner, other, col)) break;
    at[s] = other;
    pos[other] = s;
    s = child;
  }
  at[s] = col;
  pos[col] = s;
  return n;
}
