// Least squares with ridge / lasso / elastic-net penalties in float64 on the weighted Gram matrix (pure maths).
// p is small in this workbench (tens to hundreds of features), so XᵀWX costs one pass over the data and every
// solve after it is O(p²)–O(p³): exact, and identical on every tfjs backend because no float32 kernel is involved.

export interface Gram {
  p: number;
  /** Σ wᵢ x̃ᵢ x̃ᵢᵀ, p × p row-major, x̃ centred by the weighted means when fitting an intercept. */
  G: Float64Array;
  /** Σ wᵢ x̃ᵢ ỹᵢ. */
  c: Float64Array;
  /** Σ wᵢ ỹᵢ² (for the loss). */
  yy: number;
  sumW: number;
  xMean: Float64Array;
  yMean: number;
}

export function weightedGram(X: Float64Array, y: Float64Array, n: number, p: number, w: Float64Array | undefined, center: boolean): Gram {
  const xMean = new Float64Array(p);
  let yMean = 0;
  let sumW = 0;
  if (center) {
    for (let i = 0; i < n; i++) {
      const wi = w ? w[i] : 1;
      sumW += wi;
      yMean += wi * y[i];
      for (let j = 0; j < p; j++) xMean[j] += wi * X[i * p + j];
    }
    yMean /= sumW;
    for (let j = 0; j < p; j++) xMean[j] /= sumW;
  } else {
    for (let i = 0; i < n; i++) sumW += w ? w[i] : 1;
  }
  const G = new Float64Array(p * p);
  const c = new Float64Array(p);
  const xr = new Float64Array(p);
  let yy = 0;
  for (let i = 0; i < n; i++) {
    const wi = w ? w[i] : 1;
    if (wi === 0) continue;
    for (let j = 0; j < p; j++) xr[j] = X[i * p + j] - xMean[j];
    const yi = y[i] - yMean;
    yy += wi * yi * yi;
    for (let j = 0; j < p; j++) {
      const a = wi * xr[j];
      c[j] += a * yi;
      for (let k = j; k < p; k++) G[j * p + k] += a * xr[k];
    }
  }
  for (let j = 0; j < p; j++) for (let k = 0; k < j; k++) G[j * p + k] = G[k * p + j];
  return { p, G, c, yy, sumW, xMean, yMean };
}

/** Solves (G + αI) β = c by Cholesky. Returns the index of a feature that is a linear combination of others when singular. */
export function solveRidge(g: Gram, alpha: number): { beta: Float64Array } | { collinear: number } {
  const { p, G, c } = g;
  const L = new Float64Array(p * p);
  let maxDiag = 0;
  for (let j = 0; j < p; j++) maxDiag = Math.max(maxDiag, G[j * p + j] + alpha);
  const tiny = 1e-12 * Math.max(maxDiag, 1e-300);
  for (let j = 0; j < p; j++) {
    let d = G[j * p + j] + alpha;
    for (let k = 0; k < j; k++) d -= L[j * p + k] * L[j * p + k];
    if (!(d > tiny)) return { collinear: j };
    const ljj = Math.sqrt(d);
    L[j * p + j] = ljj;
    for (let i = j + 1; i < p; i++) {
      let s = G[i * p + j];
      for (let k = 0; k < j; k++) s -= L[i * p + k] * L[j * p + k];
      L[i * p + j] = s / ljj;
    }
  }
  const z = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    let s = c[i];
    for (let k = 0; k < i; k++) s -= L[i * p + k] * z[k];
    z[i] = s / L[i * p + i];
  }
  const beta = new Float64Array(p);
  for (let i = p - 1; i >= 0; i--) {
    let s = z[i];
    for (let k = i + 1; k < p; k++) s -= L[k * p + i] * beta[k];
    beta[i] = s / L[i * p + i];
  }
  return { beta };
}

/**
 * One sweep of cyclic coordinate descent for
 *   (1 / 2Σw) Σ wᵢ (ỹᵢ − x̃ᵢβ)² + α (ρ‖β‖₁ + (1−ρ)/2 ‖β‖²)      (scikit-learn's Lasso / ElasticNet objective)
 * Each coordinate update is the exact proximal (soft-threshold) step for that coordinate, so this is proximal
 * coordinate descent: it reaches exact zeros, needs no step size, and converges to scikit-learn's answer.
 * Updates β in place; returns the largest coefficient change.
 */
export function coordinateSweep(g: Gram, beta: Float64Array, alpha: number, l1Ratio: number): number {
  const { p, G, c, sumW } = g;
  const l1 = alpha * l1Ratio;
  const l2 = alpha * (1 - l1Ratio);
  let maxDelta = 0;
  for (let j = 0; j < p; j++) {
    const gjj = G[j * p + j] / sumW;
    if (gjj === 0) {
      beta[j] = 0;
      continue;
    }
    let rho = c[j] / sumW;
    for (let k = 0; k < p; k++) if (k !== j) rho -= (G[j * p + k] / sumW) * beta[k];
    const next = softThreshold(rho, l1) / (gjj + l2);
    maxDelta = Math.max(maxDelta, Math.abs(next - beta[j]));
    beta[j] = next;
  }
  return maxDelta;
}

/** The elastic-net objective above at β (for progress reports). */
export function elasticNetObjective(g: Gram, beta: Float64Array, alpha: number, l1Ratio: number): number {
  return halfWeightedMse(g, beta) + alpha * (l1Ratio * sumAbs(beta) + ((1 - l1Ratio) / 2) * sumSq(beta));
}

/** (1 / 2Σw) Σ wᵢ (ỹᵢ − x̃ᵢβ)² from the Gram matrix alone. */
export function halfWeightedMse(g: Gram, beta: Float64Array): number {
  const { p, G, c, yy, sumW } = g;
  let quad = 0;
  let lin = 0;
  for (let j = 0; j < p; j++) {
    lin += c[j] * beta[j];
    let s = 0;
    for (let k = 0; k < p; k++) s += G[j * p + k] * beta[k];
    quad += beta[j] * s;
  }
  return Math.max(0, yy - 2 * lin + quad) / (2 * sumW);
}

function softThreshold(x: number, t: number): number {
  return x > t ? x - t : x < -t ? x + t : 0;
}

function sumAbs(a: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += Math.abs(a[i]);
  return s;
}

function sumSq(a: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * a[i];
  return s;
}
