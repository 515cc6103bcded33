/**
 * An indexed binary min-heap of column indices keyed by an external distance array. At equal distance a
 * free column (owner < 0) comes first, so a shortest augmenting path stops as early as it can.
 * Stateful by nature (it is the one mutable structure the sparse solver reuses between searches).
 */
export type ColumnHeap = {
  readonly clear: () => void;
  readonly push: (col: number) => void;
  /** Restores order after `key[col]` decreased. */
  readonly decrease: (col: number) => void;
  /** Removes and returns the column with the smallest key; the heap must not be empty. */
  readonly pop: () => number;
  readonly size: () => number;
};

export function createColumnHeap(width: number, key: Float64Array, owner: Int32Array): ColumnHeap {
  const heap = new Int32Array(width);
  const pos = new Int32Array(width);
  let size = 0;

  const less = (a: number, b: number): boolean => {
    const ka = key[a]!;
    const kb = key[b]!;
    return ka < kb || (ka === kb && owner[a]! < 0 && owner[b]! >= 0);
  };

  const siftUp = (start: number): void => {
    let at = start;
    const col = heap[at]!;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const other = heap[parent]!;
      if (!less(col, other)) break;
      heap[at] = other;
      pos[other] = at;
      at = parent;
    }
    heap[at] = col;
    pos[col] = at;
  };

  const siftDown = (start: number): void => {
    let at = start;
    const col = heap[at]!;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= size) break;
      const right = child + 1;
      if (right < size && less(heap[right]!, heap[child]!)) child = right;
      const other = heap[child]!;
      if (!less(other, col)) break;
      heap[at] = other;
      pos[other] = at;
      at = child;
    }
    heap[at] = col;
    pos[col] = at;
  };

  return {
    clear: () => {
      size = 0;
    },
    push: (col) => {
      heap[size] = col;
      pos[col] = size;
      siftUp(size++);
    },
    decrease: (col) => siftUp(pos[col]!),
    pop: () => {
      const top = heap[0]!;
      size--;
      if (size > 0) {
        heap[0] = heap[size]!;
        siftDown(0);
      }
      return top;
    },
    size: () => size,
  };
}
