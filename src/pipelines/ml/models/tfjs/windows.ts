// Sliding windows over time-ordered rows for the recurrent models: window i holds rows i … i+w−1 and is
// labelled with y at its last row, so a prediction only sees the past and present of that row.

/** m = n − w + 1 windows, row-major m × w × p (rows are already standardised float32). */
export function slidingWindows(X: Float32Array, n: number, p: number, w: number): { x: Float32Array; m: number } {
  const m = Math.max(0, n - w + 1);
  const x = new Float32Array(m * w * p);
  for (let i = 0; i < m; i++) x.set(X.subarray(i * p, (i + w) * p), i * w * p);
  return { x, m };
}

/** Values at each window's last row: v[w−1 …]. */
export function windowTargets<T extends Float64Array | Float32Array>(v: T, w: number): T {
  return v.subarray(w - 1) as T;
}
