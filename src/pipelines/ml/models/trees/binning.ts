// Feature binning for histogram boosting: up to 255 quantile bins per feature plus bin 255 for NaN,
// the same scheme as scikit-learn's _BinMapper (midpoints between distinct values, or midpoint percentiles).

import type { Random } from '../../random.ts';

export const MISSING_BIN = 255;
const SUBSAMPLE = 200_000;

export interface BinMapper {
  /** Per feature: x <= thresholds[b] ⇔ bin ≤ b. Length = non-missing bins − 1. */
  thresholds: Float64Array[];
  /** Non-missing bins per feature. */
  nBins: Int32Array;
  /** 1 when the feature had NaN in the data the bins were fitted on. */
  hasMissing: Uint8Array;
}

export function fitBins(X: Float64Array, n: number, p: number, maxBins: number, rng: Random): BinMapper {
  let rows: Int32Array | null = null;
  if (n > SUBSAMPLE) {
    // Partial Fisher–Yates: a seeded sample without replacement, sorted back into row order.
    const all = new Int32Array(n);
    for (let i = 0; i < n; i++) all[i] = i;
    for (let i = 0; i < SUBSAMPLE; i++) {
      const j = i + rng.int(n - i);
      const t = all[i];
      all[i] = all[j];
      all[j] = t;
    }
    rows = all.slice(0, SUBSAMPLE).sort();
  }
  const m = rows ? rows.length : n;
  const thresholds: Float64Array[] = [];
  const nBins = new Int32Array(p);
  const hasMissing = new Uint8Array(p);
  const col = new Float64Array(m);
  for (let j = 0; j < p; j++) {
    let k = 0;
    for (let r = 0; r < m; r++) {
      const v = X[(rows ? rows[r] : r) * p + j];
      if (v !== v) hasMissing[j] = 1;
      else col[k++] = v;
    }
    const sorted = col.subarray(0, k).sort();
    const t = featureThresholds(sorted, maxBins);
    thresholds.push(t);
    nBins[j] = t.length + 1;
  }
  // Rows outside the subsample may hold NaN too.
  if (rows) {
    for (let i = 0; i < n * p; i++) if (X[i] !== X[i]) hasMissing[i % p] = 1;
  }
  return { thresholds, nBins, hasMissing };
}

/**
 * A split point between two sorted values lo < hi, finite so it survives JSON: the midpoint, or lo when
 * hi is +∞, or −MAX_VALUE when lo is −∞.
 */
export function midpoint(lo: number, hi: number): number {
  const m = lo + (hi - lo) / 2;
  if (Number.isFinite(m) && m < hi) return m;
  if (Number.isFinite(lo)) return lo;
  return Number.isFinite(hi) ? -Number.MAX_VALUE : 0;
}

function featureThresholds(sorted: Float64Array, maxBins: number): Float64Array {
  const k = sorted.length;
  if (k === 0) return new Float64Array(0);
  const distinct: number[] = [sorted[0]];
  for (let i = 1; i < k && distinct.length <= maxBins; i++) if (sorted[i] !== sorted[i - 1]) distinct.push(sorted[i]);
  if (distinct.length <= maxBins) {
    const t = new Float64Array(distinct.length - 1);
    for (let i = 0; i < t.length; i++) t[i] = midpoint(distinct[i], distinct[i + 1]);
    return t;
  }
  const out: number[] = [];
  for (let b = 1; b < maxBins; b++) {
    const pos = ((k - 1) * b) / maxBins;
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    const v = sorted[lo] === sorted[hi] ? sorted[lo] : midpoint(sorted[lo], sorted[hi]);
    if (Number.isFinite(v) && (out.length === 0 || v > out[out.length - 1])) out.push(v);
  }
  // The last distinct value must get its own bin above every threshold.
  while (out.length > 0 && out[out.length - 1] >= sorted[k - 1]) out.pop();
  return Float64Array.from(out);
}

/** Column-major bins (p × n): bins[j * n + i], so a node's histogram for one feature reads one column. */
export function binColumns(m: BinMapper, X: Float64Array, n: number, p: number): Uint8Array {
  const bins = new Uint8Array(n * p);
  for (let j = 0; j < p; j++) {
    const t = m.thresholds[j];
    const len = t.length;
    const off = j * n;
    for (let i = 0; i < n; i++) {
      const v = X[i * p + j];
      if (v !== v) {
        bins[off + i] = MISSING_BIN;
        continue;
      }
      let lo = 0;
      let hi = len;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (v <= t[mid]) hi = mid;
        else lo = mid + 1;
      }
      bins[off + i] = lo;
    }
  }
  return bins;
}
