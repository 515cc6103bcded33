/**
 * Jonker–Volgenant (1987) for the square linear assignment problem, minimising cost, on a row-major
 * Float64Array. Phases: column reduction, reduction transfer, two rounds of augmenting row reduction,
 * then shortest augmenting paths (Dijkstra over all columns at once, taking every column at the current
 * minimum distance together, so ties cost nothing). Returns the column assigned to each row.
 */
export function lapjv(n: number, cost: Float64Array | Int32Array): Int32Array {
  const rowSol = new Int32Array(n).fill(-1);
  const colSol = new Int32Array(n).fill(-1);
  const v = new Float64Array(n);
  if (n === 0) return rowSol;
  if (n === 1) {
    rowSol[0] = 0;
    return rowSol;
  }
  const free = columnReduction(n, cost, rowSol, colSol, v);
  let numFree = augmentingRowReduction(n, cost, rowSol, colSol, v, free, free.length);
  numFree = augmentingRowReduction(n, cost, rowSol, colSol, v, free, numFree);
  augment(n, cost, rowSol, colSol, v, free, numFree);
  return rowSol;
}

function columnReduction(
  n: number,
  cost: Float64Array | Int32Array,
  rowSol: Int32Array,
  colSol: Int32Array,
  v: Float64Array,
): Int32Array {
  const matches = new Int32Array(n);
  // Row-wise sweep to find each column's minimum (cache friendly on a row-major matrix).
  const colMin = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const argMin = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const base = i * n;
    for (let j = 0; j < n; j++) {
      const c = cost[base + j]!;
      if (c < colMin[j]!) {
        colMin[j] = c;
        argMin[j] = i;
      }
    }
  }
  for (let j = n - 1; j >= 0; j--) {
    const imin = argMin[j]!;
    v[j] = colMin[j]!;
    matches[imin] = matches[imin]! + 1;
    if (matches[imin] === 1) {
      rowSol[imin] = j;
      colSol[j] = imin;
    } else if (v[j]! < v[rowSol[imin]!]!) {
      const j1 = rowSol[imin]!;
      rowSol[imin] = j;
      colSol[j] = imin;
      colSol[j1] = -1;
    } else {
      colSol[j] = -1;
    }
  }
  const free = new Int32Array(n);
  let numFree = 0;
  for (let i = 0; i < n; i++) {
    if (matches[i] === 0) {
      free[numFree++] = i;
    } else if (matches[i] === 1) {
      // Reduction transfer: lower the assigned column's price by the row's second-best slack.
      const j1 = rowSol[i]!;
      const base = i * n;
      let min = Number.POSITIVE_INFINITY;
      for (let j = 0; j < n; j++) {
        if (j === j1) continue;
        const h = cost[base + j]! - v[j]!;
        if (h < min) min = h;
      }
      if (min !== Number.POSITIVE_INFINITY) v[j1] = v[j1]! - min;
    }
  }
  return free.subarray(0, numFree);
}

function augmentingRowReduction(
  n: number,
  cost: Float64Array | Int32Array,
  rowSol: Int32Array,
  colSol: Int32Array,
  v: Float64Array,
  free: Int32Array,
  prvNumFree: number,
): number {
  let k = 0;
  let numFree = 0;
  // Guard against float-induced ping-pong: stopping early is always safe (duals stay feasible).
  let budget = 10 * n + 100;
  while (k < prvNumFree) {
    const i = free[k]!;
    k++;
    const base = i * n;
    let umin = cost[base]! - v[0]!;
    let j1 = 0;
    let j2 = -1;
    let usubmin = Number.POSITIVE_INFINITY;
    for (let j = 1; j < n; j++) {
      const h = cost[base + j]! - v[j]!;
      if (h < usubmin) {
        if (h >= umin) {
          usubmin = h;
          j2 = j;
        } else {
          usubmin = umin;
          umin = h;
          j2 = j1;
          j1 = j;
        }
      }
    }
    let i0 = colSol[j1]!;
    const strict = umin < usubmin;
    if (strict) {
      v[j1] = v[j1]! - (usubmin - umin);
    } else if (i0 > -1 && j2 >= 0) {
      j1 = j2;
      i0 = colSol[j2]!;
    }
    rowSol[i] = j1;
    colSol[j1] = i;
    if (i0 > -1) {
      rowSol[i0] = -1;
      if (strict && --budget > 0) free[--k] = i0;
      else free[numFree++] = i0;
    }
  }
  return numFree;
}

function augment(
  n: number,
  cost: Float64Array | Int32Array,
  rowSol: Int32Array,
  colSol: Int32Array,
  v: Float64Array,
  free: Int32Array,
  numFree: number,
): void {
  // Columns live in list order (colList) with their distance and price alongside (dl, vl), so the hot
  // loops read memory sequentially; only the cost row is gathered.
  const colList = new Int32Array(n);
  const dl = new Float64Array(n);
  const vl = new Float64Array(n);
  const pred = new Int32Array(n);
  for (let f = 0; f < numFree; f++) {
    const freeRow = free[f]!;
    const fBase = freeRow * n;
    for (let j = 0; j < n; j++) {
      colList[j] = j;
      vl[j] = v[j]!;
      dl[j] = cost[fBase + j]! - v[j]!;
      pred[j] = freeRow;
    }
    let low = 0;
    let up = 0;
    let last = 0;
    let min = 0;
    let endOfPath = -1;
    while (endOfPath < 0) {
      if (up === low) {
        last = low - 1;
        min = dl[up++]!;
        for (let k = up; k < n; k++) {
          const h = dl[k]!;
          if (h <= min) {
            if (h < min) {
              up = low;
              min = h;
            }
            swapPositions(colList, dl, vl, k, up++);
          }
        }
        for (let k = low; k < up; k++) {
          if (colSol[colList[k]!]! < 0) {
            endOfPath = colList[k]!;
            break;
          }
        }
      }
      if (endOfPath < 0) {
        const j1 = colList[low]!;
        const i = colSol[j1]!;
        const base = i * n;
        const h = cost[base + j1]! - vl[low]! - min;
        low++;
        for (let k = up; k < n; k++) {
          const j = colList[k]!;
          const v2 = cost[base + j]! - vl[k]! - h;
          if (v2 < dl[k]!) {
            pred[j] = i;
            dl[k] = v2;
            if (v2 === min) {
              if (colSol[j]! < 0) {
                endOfPath = j;
                break;
              }
              swapPositions(colList, dl, vl, k, up++);
            }
          }
        }
      }
    }
    for (let k = 0; k <= last; k++) {
      const j1 = colList[k]!;
      v[j1] = vl[k]! + dl[k]! - min;
    }
    let i: number;
    do {
      i = pred[endOfPath]!;
      colSol[endOfPath] = i;
      const j1 = rowSol[i]!;
      rowSol[i] = endOfPath;
      endOfPath = j1;
    } while (i !== freeRow);
  }
}

function swapPositions(colList: Int32Array, dl: Float64Array, vl: Float64Array, a: number, b: number): void {
  if (a === b) return;
  const c = colList[a]!;
  colList[a] = colList[b]!;
  colList[b] = c;
  const d = dl[a]!;
  dl[a] = dl[b]!;
  dl[b] = d;
  const w = vl[a]!;
  vl[a] = vl[b]!;
  vl[b] = w;
}
