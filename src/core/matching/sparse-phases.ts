import { type ColumnHeap, createColumnHeap } from './column-heap';

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
 * style). Scores with many ties need only a few phases.
 */
export function augmentInPhases(p: SparseCosts, s: SapState, tolerance: number): void {
  const width = p.cols + p.rows;
  const d = new Float64Array(width);
  const work: Work = {
    d,
    pred: new Int32Array(width),
    seen: new Int32Array(width),
    done: new Int32Array(width),
    finished: new Int32Array(width),
    visited: new Int32Array(width),
    edgeAt: new Int32Array(p.rows),
    stack: new Int32Array(p.rows),
    heap: createColumnHeap(width, d, s.y),
  };
  let free = collectFree(s.x);
  for (let phase = 1; free.length > 0; phase++) {
    const endOfPath = shortestPaths(p, s, work, free, phase);
    let augmented = 0;
    for (const f of free) if (tightAugment(p, s, work, f, phase, tolerance)) augmented++;
    // Float rounding can hide the tight path from the searches: then augment the Dijkstra path itself.
    if (augmented === 0) augmentAlong(work.pred, endOfPath, s.x, s.y);
    free = collectFree(s.x);
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
function shortestPaths(p: SparseCosts, s: SapState, w: Work, free: number[], phase: number): number {
  const { u, v, y } = s;
  const { d, pred, seen, done, finished, heap } = w;
  const { rowStart, colIndex, cost, cols, unmatchedCost } = p;
  heap.clear();
  let numFinished = 0;
  const relax = (i: number, from: number): void => {
    const base = from - u[i]!;
    const end = rowStart[i + 1]!;
    for (let e = rowStart[i]!; e <= end; e++) {
      const j = e < end ? colIndex[e]! : cols + i;
      if (done[j] === phase) continue;
      const nd = base + (e < end ? cost[e]! : unmatchedCost) - v[j]!;
      if (seen[j] !== phase) {
        seen[j] = phase;
        d[j] = nd;
        pred[j] = i;
        heap.push(j);
      } else if (nd < d[j]!) {
        d[j] = nd;
        pred[j] = i;
        heap.decrease(j);
      }
    }
  };
  for (const f of free) relax(f, 0);
  let j = heap.pop();
  while (y[j]! >= 0) {
    done[j] = phase;
    finished[numFinished++] = j;
    relax(y[j]!, d[j]!);
    j = heap.pop();
  }
  const shortest = d[j]!;
  for (const f of free) u[f] = u[f]! + shortest;
  for (let k = 0; k < numFinished; k++) {
    const col = finished[k]!;
    const delta = shortest - d[col]!;
    const row = y[col]!;
    u[row] = u[row]! + delta;
    v[col] = v[col]! - delta;
  }
  return j;
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

function collectFree(x: Int32Array): number[] {
  const free: number[] = [];
  for (let i = 0; i < x.length; i++) if (x[i]! < 0) free.push(i);
  return free;
}
