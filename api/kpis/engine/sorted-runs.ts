/**
 * Exact percentiles of the union of sorted runs of float8 values, without merging them: the
 * runs are the rollup's `fr_sorted` / `rt_sorted` bytes (PostgreSQL `float8send` of each value,
 * ascending), one per client-month. The result is bit for bit PostgreSQL's `percentile_cont` over
 * the same values: the same order statistics and the same interpolation.
 */

/** A run of ascending float8 values stored as consecutive 8-byte big-endian words. */
export class SortedRun {
  readonly length: number;
  private readonly view: DataView;

  constructor(bytes: Uint8Array) {
    if (bytes.length % 8 !== 0) throw new Error(`a sorted run has a whole number of float8 words, got ${bytes.length} bytes`);
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.length = bytes.length / 8;
  }

  /** The value at position `i` (0-based). */
  at(i: number): number {
    return this.view.getFloat64(i * 8, false);
  }

  /** The first position in [lo, hi) whose value is >= v (`strict`: > v), else hi. */
  bound(v: number, lo: number, hi: number, strict: boolean): number {
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const x = this.at(mid);
      if (x < v || (strict && x === v)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The run of `values` (for tests and callers holding numbers). */
  static of(values: readonly number[]): SortedRun {
    const bytes = new Uint8Array(values.length * 8);
    const view = new DataView(bytes.buffer);
    [...values].sort((a, b) => a - b).forEach((v, i) => view.setFloat64(i * 8, v, false));
    return new SortedRun(bytes);
  }
}

/**
 * The value of rank `k` (0-based) in the union of `runs`. Each round takes as pivot the weighted
 * median of the middles of the runs' remaining windows, so at least a quarter of the remaining
 * values is dropped: O(log n) rounds of one binary search per run.
 *
 * @example
 * nthOfRuns([SortedRun.of([1, 4, 9]), SortedRun.of([2, 3])], 2) //=> 3
 */
export function nthOfRuns(runs: readonly SortedRun[], k: number): number {
  let active = runs.filter((r) => r.length > 0);
  const total = active.reduce((n, r) => n + r.length, 0);
  if (!Number.isInteger(k) || k < 0 || k >= total) throw new RangeError(`rank ${k} outside 0..${total - 1}`);
  const lo = active.map(() => 0);
  const hi = active.map((r) => r.length);
  const less = new Array<number>(active.length);
  const upTo = new Array<number>(active.length);
  for (;;) {
    if (active.length === 1) return active[0]!.at(lo[0]! + k);
    // Weighted median of the windows' middles.
    const middles = active.map((r, i) => ({ value: r.at((lo[i]! + hi[i]!) >>> 1), weight: hi[i]! - lo[i]! }));
    middles.sort((a, b) => a.value - b.value);
    const size = middles.reduce((n, m) => n + m.weight, 0);
    let pivot = middles[0]!.value;
    for (let i = 0, seen = 0; i < middles.length; i++) {
      seen += middles[i]!.weight;
      if (seen * 2 >= size) {
        pivot = middles[i]!.value;
        break;
      }
    }
    let below = 0;
    let equal = 0;
    for (let i = 0; i < active.length; i++) {
      const run = active[i]!;
      const a = run.bound(pivot, lo[i]!, hi[i]!, false);
      const b = run.bound(pivot, a, hi[i]!, true);
      less[i] = a;
      upTo[i] = b;
      below += a - lo[i]!;
      equal += b - a;
    }
    if (k < below) {
      for (let i = 0; i < active.length; i++) hi[i] = less[i]!;
    } else if (k < below + equal) {
      return pivot;
    } else {
      k -= below + equal;
      for (let i = 0; i < active.length; i++) lo[i] = upTo[i]!;
    }
    // Drop the runs whose window is empty.
    let j = 0;
    for (let i = 0; i < active.length; i++) {
      if (hi[i]! > lo[i]!) {
        active[j] = active[i]!;
        lo[j] = lo[i]!;
        hi[j] = hi[i]!;
        j++;
      }
    }
    active = active.slice(0, j);
    lo.length = j;
    hi.length = j;
  }
}

/** The smallest value of the runs greater than `v`, or undefined. */
function nextAbove(runs: readonly SortedRun[], v: number): number | undefined {
  let next: number | undefined;
  for (const run of runs) {
    const i = run.bound(v, 0, run.length, true);
    if (i < run.length) {
      const x = run.at(i);
      if (next === undefined || x < next) next = x;
    }
  }
  return next;
}

/** How many values of the runs are <= v. */
function countUpTo(runs: readonly SortedRun[], v: number): number {
  let n = 0;
  for (const run of runs) n += run.bound(v, 0, run.length, true);
  return n;
}

/** PostgreSQL's interpolation between the values of rows floor(f (n - 1)) and ceil(f (n - 1)). */
function interpolate(fraction: number, n: number, valueAt: (rank: number) => number, nextAfter: (rank: number, value: number) => number): number {
  const target = fraction * (n - 1);
  const first = Math.floor(target);
  const second = Math.ceil(target);
  const lo = valueAt(first);
  if (second === first) return lo;
  return lo + (target - first) * (nextAfter(first, lo) - lo);
}

/**
 * PostgreSQL's `percentile_cont(fraction)` over the union of `runs` (float8): the values at rows
 * floor(f (n - 1)) and ceil(f (n - 1)) interpolated as `lo + (f (n - 1) - floor) * (hi - lo)`;
 * null over no values. A few runs are searched in place (`nthOfRuns`); many small ones are
 * decoded into one array and selected in it (`percentileContOfValues`), which is then cheaper.
 *
 * @example
 * percentileContOfRuns([SortedRun.of([1, 2, 3, 4, 5]), SortedRun.of([6, 7, 8, 9, 10])], [0.5, 0.9]) //=> [5.5, 9.1]
 */
export function percentileContOfRuns(runs: readonly SortedRun[], fractions: readonly number[], method: 'auto' | 'runs' | 'values' = 'auto'): (number | null)[] {
  const n = runs.reduce((sum, r) => sum + r.length, 0);
  if (n === 0) return fractions.map(() => null);
  const searchRuns = method === 'runs' || (method === 'auto' && runs.length * 64 * Math.log2(n + 1) < n);
  if (!searchRuns) {
    const values = new Float64Array(n);
    let at = 0;
    for (const run of runs) for (let i = 0; i < run.length; i++) values[at++] = run.at(i);
    return percentileContOfValues(values, fractions);
  }
  return fractions.map((fraction) => interpolate(fraction, n, (rank) => nthOfRuns(runs, rank),
    // The value of the next rank: `lo` again if it repeats past that rank, else the next larger one.
    (rank, lo) => (countUpTo(runs, lo) > rank + 1 ? lo : nextAbove(runs, lo)!)));
}

/**
 * PostgreSQL's `percentile_cont` over `values` (in any order; reordered in place by selection,
 * Floyd-Rivest, O(n) expected): bit for bit what PostgreSQL computes; null over no values.
 *
 * @example
 * percentileContOfValues(Float64Array.of(10, 1, 9, 2, 8, 3, 7, 4, 6, 5), [0.5, 0.9]) //=> [5.5, 9.1]
 */
export function percentileContOfValues(values: Float64Array, fractions: readonly number[]): (number | null)[] {
  const n = values.length;
  if (n === 0) return fractions.map(() => null);
  return fractions.map((fraction) => interpolate(fraction, n, (rank) => {
    select(values, rank, 0, n - 1);
    return values[rank]!;
  }, (rank) => {
    // values[rank + 1 ..] are all >= values[rank]: the next rank's value is their least.
    select(values, rank + 1, rank + 1, n - 1);
    return values[rank + 1]!;
  }));
}

/**
 * Reorders values[left..right] so that values[k] is the value of rank k within it, smaller or
 * equal ones before and greater or equal ones after (Floyd and Rivest's SELECT).
 */
function select(a: Float64Array, k: number, left: number, right: number): void {
  while (right > left) {
    if (right - left > 600) {
      const n = right - left + 1;
      const m = k - left + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (m - n / 2 < 0 ? -1 : 1);
      select(a, k, Math.max(left, Math.floor(k - (m * s) / n + sd)), Math.min(right, Math.floor(k + ((n - m) * s) / n + sd)));
    }
    const t = a[k]!;
    let i = left;
    let j = right;
    swap(a, left, k);
    if (a[right]! > t) swap(a, left, right);
    while (i < j) {
      swap(a, i, j);
      i++;
      j--;
      while (a[i]! < t) i++;
      while (a[j]! > t) j--;
    }
    if (a[left] === t) swap(a, left, j);
    else {
      j++;
      swap(a, j, right);
    }
    if (j <= k) left = j + 1;
    if (k <= j) right = j - 1;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}
