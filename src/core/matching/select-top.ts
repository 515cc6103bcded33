/**
 * Picks the `width` largest of values[0..count) and writes their positions to `out`, in input order
 * (linear time: a quickselect finds the cut-off value, then one pass keeps everything above it and,
 * in input order, enough of the values equal to it). Deterministic: ties go to the values that come
 * first. Returns how many positions were written.
 */
export function selectTop(
  values: Float64Array,
  count: number,
  width: number,
  scratch: Float64Array,
  out: Int32Array,
): number {
  if (width <= 0) return 0;
  if (count <= width) {
    for (let i = 0; i < count; i++) out[i] = i;
    return count;
  }
  scratch.set(values.subarray(0, count));
  const cut = kthLargest(scratch, count, width);
  let above = 0;
  for (let i = 0; i < count; i++) if (values[i]! > cut) above++;
  let ties = width - above;
  let n = 0;
  for (let i = 0; i < count; i++) {
    const v = values[i]!;
    if (v > cut || (v === cut && ties-- > 0)) out[n++] = i;
  }
  return n;
}

/** The k-th largest of a[0..count) (1-based k), reordering `a` in place (Hoare quickselect). */
function kthLargest(a: Float64Array, count: number, k: number): number {
  let lo = 0;
  let hi = count - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! > pivot) i++;
      while (a[j]! < pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return a[target]!;
  }
  return a[target]!;
}

/** Histogram size for selectTopCoarse's `counts`. */
export const COARSE_BUCKETS = 256;

/**
 * selectTop for non-negative values ranked coarsely, to the nearest 0.05 (ties in input order): two
 * passes over a histogram, for the thousands of skill affinities gathered per person.
 */
export function selectTopCoarse(
  values: Float64Array,
  count: number,
  width: number,
  counts: Int32Array,
  out: Int32Array,
): number {
  if (width <= 0) return 0;
  if (count <= width) {
    for (let i = 0; i < count; i++) out[i] = i;
    return count;
  }
  counts.fill(0);
  for (let i = 0; i < count; i++) counts[bucketOf(values[i]!)]!++;
  let cut = COARSE_BUCKETS - 1;
  let above = 0;
  while (above + counts[cut]! < width) above += counts[cut--]!;
  let ties = width - above;
  let n = 0;
  for (let i = 0; i < count; i++) {
    const b = bucketOf(values[i]!);
    if (b > cut || (b === cut && ties-- > 0)) out[n++] = i;
  }
  return n;
}

const bucketOf = (value: number): number => Math.min(COARSE_BUCKETS - 1, Math.round(value * 20));
