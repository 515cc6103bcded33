import { type ColumnHeap, createColumnHeap, heapPopTop, heapPush, siftUp } from './column-heap';

/** The sparse cost graph: CSR edges plus one private dummy column per row (index cols + row). */
export type SparseCosts = {
  readonly rows: number;
  readonly cols: number;
  readonly rowStart: Int32Array;
  readonly colIndex: Int32Array;
  readonly cost: Float64Array;
  readonly unmatchedCost: number;
};

/** Primal and dual state: reduced cost c − u[row] − v[col] ≥ 0 everywhere, 0 on assigned edges. */
export type SapState = {
  readonly x: Int32Array;
  readonly y: Int32Array;
  readonly u: Float64Array;
  readonly v: Float64Array;
};

/**
 * Primal–dual phases: one multi-source Dijkstra from every free row finds the shortest augmenting
 * path length D and moves the duals so that every shortest augmenting path becomes tight; then
 * depth-first searches on tight edges augment as many disjoint paths as they can (Hopcroft–Karp
 * style). Scores with many ties need only a few phases. The dummy columns stay out of the heap: a
 * reached dummy is always free (only its own row reaches it), so the search keeps just the nearest.
 */
const FEW_FREE = 16;
const SINGLE_SOURCE_RATIO = 8;

export function augmentInPhases(p: SparseCosts, s: SapState, tolerance: number): void {
  const width = p.cols + p.rows;
  const work: Work = {
    d: new Float64Array(width),
    pred: new Int32Array(width),
    seen: new Int32Array(p.cols),
    done: new Int32Array(p.cols),
    finished: new Int32Array(p.cols),
    visited: new Int32Array(width),
    edgeAt: new Int32Array(p.rows),
    stack: new Int32Array(p.rows),
    heap: createColumnHeap(p.cols),
  };
  const free = new Int32Array(p.rows);
  let numFree = 0;
  for (let i = 0; i < p.rows; i++) if (s.x[i]! < 0) free[numFree++] = i;
  let phase = 1;
  while (numFree > 0) {
    const endOfPath = shortestPaths(p, s, work, free, numFree, phase);
    let augmented = 0;
    // With few free rows the searches would find little beyond the Dijkstra path, which is tight.
    if (numFree > FEW_FREE) {
      for (let k = 0; k < numFree; k++) if (tightAugment(p, s, work, free[k]!, phase, tolerance)) augmented++;
    }
    phase++;
    // Float rounding can hide the tight path from the searches: then augment the Dijkstra path itself.
    if (augmented === 0) augmentAlong(work.pred, endOfPath, s.x, s.y);
    let kept = 0;
    for (let k = 0; k < numFree; k++) if (s.x[free[k]!]! < 0) free[kept++] = free[k]!;
    // Few ties (a phase augmented little): one shortest path per free row is cheaper than phases.
    if (augmented * SINGLE_SOURCE_RATIO < numFree) {
      for (let k = 0; k < kept; k++) {
        const end = shortestPaths(p, s, work, free.subarray(k, k + 1), 1, phase++);
        augmentAlong(work.pred, end, s.x, s.y);
      }
      return;
    }
    numFree = kept;
  }
}

type Work = {
  readonly d: Float64Array;
  readonly pred: Int32Array;
  readonly seen: Int32Array;
  readonly done: Int32Array;
  readonly finished: Int32Array;
  readonly visited: Int32Array;
  readonly edgeAt: Int32Array;
  readonly stack: Int32Array;
  readonly heap: ColumnHeap;
};

/** Multi-source Dijkstra to the nearest free column, then the dual update; returns that column. */
function shortestPaths(
  p: SparseCosts,
  s: SapState,
  w: Work,
  free: Int32Array,
  numFree: number,
  phase: number,
): number {
  const { u, v, y } = s;
  const { d, pred, seen, done, finished, heap } = w;
  const { rowStart, colIndex, cost, cols, unmatchedCost } = p;
  let size = 0;
  let numFinished = 0;
  let dummyD = Number.POSITIVE_INFINITY;
  let dummyRow = -1;
  let bound = Number.POSITIVE_INFINITY;
  let source = 0;
  let i = free[0]!;
  let from = 0;
  let end: number;
  for (;;) {
    const base = from - u[i]!;
    const viaDummy = base + unmatchedCost - v[cols + i]!;
    if (viaDummy < dummyD) {
      dummyD = viaDummy;
      dummyRow = i;
      if (viaDummy < bound) bound = viaDummy;
    }
    for (let e = rowStart[i]!, stop = rowStart[i + 1]!; e < stop; e++) {
      const j = colIndex[e]!;
      if (done[j] === phase) continue;
      const nd = base + cost[e]! - v[j]!;
      // No use queueing a column at or beyond a free end already found: the search stops first.
      if (nd >= bound) continue;
      if (seen[j] !== phase) {
        if (y[j]! < 0) bound = nd;
        seen[j] = phase;
        d[j] = nd;
        pred[j] = i;
        size = heapPush(heap, d, y, size, j);
      } else if (nd < d[j]!) {
        if (y[j]! < 0) bound = nd;
        d[j] = nd;
        pred[j] = i;
        siftUp(heap, d, y, heap.pos[j]!);
      }
    }
    if (++source < numFree) {
      i = free[source]!;
      from = 0;
      continue;
    }
    const top = size > 0 ? heap.at[0]! : -1;
    if (top < 0 || d[top]! > dummyD || (d[top] === dummyD && y[top]! >= 0)) {
      end = cols + dummyRow;
      d[end] = dummyD;
      pred[end] = dummyRow;
      break;
    }
    size = heapPopTop(heap, d, y, size);
    if (y[top]! < 0) {
      end = top;
      break;
    }
    done[top] = phase;
    finished[numFinished++] = top;
    i = y[top]!;
    from = d[top]!;
  }
  const shortest = d[end]!;
  for (let k = 0; k < numFree; k++) u[free[k]!] = u[free[k]!]! + shortest;
  for (let k = 0; k < numFinished; k++) {
    const col = finished[k]!;
    const delta = shortest - d[col]!;
    const row = y[col]!;
    u[row] = u[row]! + delta;
    v[col] = v[col]! - delta;
  }
  return end;
}

/** Depth-first search from a free row over tight edges to a free column; flips the path if found. */
function tightAugment(
  p: SparseCosts,
  s: SapState,
  w: Work,
  root: number,
  phase: number,
  tol: number,
): boolean {
  const { x, y, u, v } = s;
  const { edgeAt, stack, visited } = w;
  const { rowStart, colIndex, cost, cols, unmatchedCost } = p;
  let depth = 0;
  stack[depth++] = root;
  edgeAt[root] = rowStart[root]!;
  while (depth > 0) {
    const i = stack[depth - 1]!;
    const end = rowStart[i + 1]!;
    const ui = u[i]!;
    let next = -1;
    for (let e = edgeAt[i]!; e <= end; e++) {
      const j = e < end ? colIndex[e]! : cols + i;
      if (visited[j] === phase || (e < end ? cost[e]! : unmatchedCost) - ui - v[j]! > tol) continue;
      visited[j] = phase;
      edgeAt[i] = e + 1;
      next = j;
      break;
    }
    if (next < 0) {
      edgeAt[i] = end + 1;
      depth--;
      continue;
    }
    const owner = y[next]!;
    if (owner >= 0) {
      edgeAt[owner] = rowStart[owner]!;
      stack[depth++] = owner;
      continue;
    }
    let col = next;
    for (let k = depth - 1; k >= 0; k--) {
      const row = stack[k]!;
      const previous = x[row]!;
      x[row] = col;
      y[col] = row;
      col = previous;
    }
    return true;
  }
  return false;
}

function augmentAlong(pred: Int32Array, endOfPath: number, x: Int32Array, y: Int32Array): void {
  let col = endOfPath;
  while (col >= 0) {
    const row = pred[col]!;
    const previous = x[row]!;
    x[row] = col;
    y[col] = row;
    col = previous;
  }
}
