// Per-feature standardisation fitted in fit() and saved with the model, so scoring applies exactly what training learned.

export interface ScalerState {
  mean: number[];
  std: number[];
}

/** Column means and population std of row-major X (n × p); constant columns get std 1 so they map to 0. */
export function fitScaler(X: Float64Array, n: number, p: number): ScalerState {
  const mean = new Float64Array(p);
  const m2 = new Float64Array(p);
  for (let i = 0; i < n; i++) {
    const row = i * p;
    for (let j = 0; j < p; j++) mean[j] += X[row + j];
  }
  for (let j = 0; j < p; j++) mean[j] /= n;
  for (let i = 0; i < n; i++) {
    const row = i * p;
    for (let j = 0; j < p; j++) {
      const d = X[row + j] - mean[j];
      m2[j] += d * d;
    }
  }
  // Rounding leaves a constant column with a std of ~1e-17 × its mean; treat that as constant, not as signal.
  const std = Array.from(m2, (s, j) => {
    const sd = Math.sqrt(s / n);
    return sd > 1e-10 * Math.abs(mean[j]) && sd > 0 ? sd : 1;
  });
  return { mean: Array.from(mean), std };
}

/** Standardised copy as float32, the precision tfjs computes in. */
export function applyScaler(s: ScalerState, X: Float64Array, n: number, p: number): Float32Array {
  const out = new Float32Array(n * p);
  for (let i = 0; i < n; i++) {
    const row = i * p;
    for (let j = 0; j < p; j++) out[row + j] = (X[row + j] - s.mean[j]) / s.std[j];
  }
  return out;
}
