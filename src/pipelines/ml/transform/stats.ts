// Summary statistics that fitted steps learn, computed the way numpy does so results match
// pandas/sklearn: missing values (NaN) are skipped, quantiles use numpy's default linear method.

export function finiteSorted(values: ArrayLike<number>): Float64Array {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) n++;
  const out = new Float64Array(n);
  let j = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) out[j++] = values[i];
  return out.sort();
}

/**
 * numpy.quantile(method='linear') on already sorted values: index h = (n-1)q, and the same
 * two-sided lerp numpy uses (from the upper neighbour when the fraction is ≥ 0.5) so the last bit agrees.
 */
export function quantileSorted(sorted: Float64Array, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  if (lo >= n - 1) return sorted[n - 1];
  const t = h - lo;
  const a = sorted[lo];
  const b = sorted[lo + 1];
  const d = b - a;
  return t >= 0.5 ? b - d * (1 - t) : a + d * t;
}

export function quantile(values: ArrayLike<number>, q: number): number {
  return quantileSorted(finiteSorted(values), q);
}

/** numpy.median: the mean of the two middle values for even counts. */
export function medianSorted(sorted: Float64Array): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const m = n >> 1;
  return n % 2 === 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
}

export function median(values: ArrayLike<number>): number {
  return medianSorted(finiteSorted(values));
}

export function mean(values: ArrayLike<number>): number {
  let s = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isNaN(v)) {
      s += v;
      n++;
    }
  }
  return n === 0 ? NaN : s / n;
}

/** Standard deviation with `ddof` (0: population, as StandardScaler and scipy.stats.zscore). */
export function std(values: ArrayLike<number>, ddof = 0): number {
  const m = mean(values);
  let ss = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isNaN(v)) {
      ss += (v - m) * (v - m);
      n++;
    }
  }
  return n - ddof <= 0 ? NaN : Math.sqrt(ss / (n - ddof));
}

/** Most frequent value; ties go to the smallest, as SimpleImputer(strategy='most_frequent'). */
export function mode<T extends string | number>(values: Iterable<T | null>): T | null {
  const counts = new Map<T, number>();
  for (const v of values) {
    if (v === null || (typeof v === 'number' && Number.isNaN(v))) continue;
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  let best: T | null = null;
  let bestCount = 0;
  for (const [v, c] of counts) {
    if (c > bestCount || (c === bestCount && best !== null && compareValues(v, best) < 0)) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

/** Numbers numerically, strings by code unit (numpy's sort order for str). */
export function compareValues(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}
