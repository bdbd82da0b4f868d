// KNN imputation as sklearn's KNNImputer (uniform weights): a missing entry becomes the mean of that
// column over the k nearest training rows that have it, by nan_euclidean distance
// sqrt(p / present · Σ over coordinates present in both rows of (a − b)²).
// When no training row is comparable, the training column mean is used (as sklearn does).

import type { Frame } from '../frame.ts';
import { fromJsonNumber, numberCol, replaceColumns, requireColumn, toJsonNumber } from './columns.ts';
import type { StepRef } from './errors.ts';
import { mean } from './stats.ts';

export type KnnState = {
  columns: string[];
  k: number;
  /** Training rows restricted to `columns`, row-major; null = missing. Needed to find neighbours later. */
  train: (number | null)[][];
  means: (number | null)[];
};

function matrix(frame: Frame, columns: string[], ref: StepRef): Float64Array[] {
  return columns.map((n) => requireColumn(frame, n, ref, ['number']).values as Float64Array);
}

export function fitKnn(frame: Frame, columns: string[], k: number, ref: StepRef): KnnState {
  const cols = matrix(frame, columns, ref);
  const train: (number | null)[][] = [];
  for (let i = 0; i < frame.rows; i++) train.push(cols.map((c) => toJsonNumber(c[i])));
  return { columns: [...columns], k, train, means: cols.map((c) => toJsonNumber(mean(c))) };
}

export function nanEuclidean(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const p = a.length;
  let sum = 0;
  let present = 0;
  for (let j = 0; j < p; j++) {
    if (Number.isNaN(a[j]) || Number.isNaN(b[j])) continue;
    const d = a[j] - b[j];
    sum += d * d;
    present++;
  }
  return present === 0 ? NaN : Math.sqrt((p / present) * sum);
}

export function imputeKnn(frame: Frame, state: KnnState, ref: StepRef): Frame {
  const cols = matrix(frame, state.columns, ref);
  const p = cols.length;
  const train = state.train.map((r) => Float64Array.from(r, fromJsonNumber));
  const out = cols.map((c) => Float64Array.from(c));
  const row = new Float64Array(p);
  const dist = new Float64Array(train.length);
  for (let i = 0; i < frame.rows; i++) {
    let anyMissing = false;
    for (let j = 0; j < p; j++) {
      row[j] = cols[j][i];
      if (Number.isNaN(row[j])) anyMissing = true;
    }
    if (!anyMissing) continue;
    for (let t = 0; t < train.length; t++) dist[t] = nanEuclidean(row, train[t]);
    for (let j = 0; j < p; j++) {
      if (!Number.isNaN(row[j])) continue;
      // The k smallest distances among rows that have column j; ties keep training order.
      const best: number[] = [];
      for (let t = 0; t < train.length; t++) {
        const d = dist[t];
        if (Number.isNaN(d) || Number.isNaN(train[t][j])) continue;
        if (best.length === state.k && d >= dist[best[best.length - 1]]) continue;
        let at = best.length;
        while (at > 0 && dist[best[at - 1]] > d) at--;
        best.splice(at, 0, t);
        if (best.length > state.k) best.pop();
      }
      if (best.length === 0) {
        out[j][i] = fromJsonNumber(state.means[j]);
        continue;
      }
      let s = 0;
      for (const t of best) s += train[t][j];
      const take = best.length;
      out[j][i] = s / take;
    }
  }
  return replaceColumns(
    frame,
    state.columns.map((n, j) => numberCol(n, out[j])),
  );
}
