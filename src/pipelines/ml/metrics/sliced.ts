// Metrics per slice of the evaluation rows (by region, device, month…), so a model that is good
// on average but bad for one group shows it.
import { computeMetrics, type MetricInput, type MetricSet, type MetricTask } from './compute.ts';
import { MetricInputError, labelCount } from './input.ts';

export interface SliceMetrics {
  /** The slice value; null collects rows whose slice value is missing. */
  slice: string | null;
  rows: number;
  metrics: MetricSet;
}

function take(a: Float64Array, rows: number[], width = 1): Float64Array {
  const out = new Float64Array(rows.length * width);
  rows.forEach((r, i) => out.set(a.subarray(r * width, r * width + width), i * width));
  return out;
}

/**
 * computeMetrics on the rows of each slice, slices in sorted order with the missing (null) slice
 * last. Multiclass slices keep the full class count, so per-slice numbers are comparable.
 */
export function slicedMetrics(task: MetricTask, input: MetricInput, sliceValues: (string | null)[]): SliceMetrics[] {
  const n = input.yTrue.length;
  if (sliceValues.length !== n) {
    throw new MetricInputError(
      `slicedMetrics: sliceValues has ${sliceValues.length} entries for ${n} rows; pass one slice value per row`,
    );
  }
  // Validate the whole input once, so a bad column fails with its full-table message, not per slice.
  computeMetrics(task, input);
  const groups = new Map<string | null, number[]>();
  sliceValues.forEach((v, i) => {
    const rows = groups.get(v);
    if (rows) rows.push(i);
    else groups.set(v, [i]);
  });
  const keys = [...groups.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0));
  const width = input.proba ? input.proba.length / n : 1;
  const classes = task === 'multiclass' ? (input.classes ?? (input.proba ? width : labelCount(input.yTrue, input.yPred))) : undefined;
  return keys.map((slice) => {
    const rows = groups.get(slice)!;
    const sub: MetricInput = {
      yTrue: take(input.yTrue, rows),
      yPred: take(input.yPred, rows),
      score: input.score && take(input.score, rows),
      proba: input.proba && take(input.proba, rows, width),
      classes,
    };
    return { slice, rows: rows.length, metrics: computeMetrics(task, sub) };
  });
}
