// Which way is better for each metric, and the metric a tune cell optimises by default.
import type { TrainSpec } from './train-job';

const LOWER_IS_BETTER = new Set(['mae', 'rmse', 'mape', 'median_ae', 'log_loss', 'brier', 'inertia']);

export function higherIsBetter(metric: string): boolean {
  return !LOWER_IS_BETTER.has(metric);
}

export function defaultMetric(task: TrainSpec['task']): string {
  return task === 'regression' ? 'rmse' : task === 'binary' ? 'roc_auc' : 'f1_macro';
}
