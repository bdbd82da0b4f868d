// Fake but plausible outputs of every modelling cell, for the ML views gallery.
import type { CellState } from '../../../pipelines/engine/types';
import type { RunRecord } from '../../../pipelines/governance/run-record';

function ok(value: Record<string, unknown>): CellState {
  return { id: 'x', status: 'ok', key: 'k', cached: false, ms: 1234, rows: null, error: null, output: { kind: 'json', value } };
}
export function tableState(details: Record<string, unknown>): CellState {
  return { id: 'x', status: 'ok', key: 'k', cached: false, ms: 50, rows: 3, error: null, output: { kind: 'table', table: { name: 'x', rows: 3, columns: [{ name: 'a', type: 'DOUBLE' }] }, details } };
}

const curve = (n: number, f: (x: number) => number) => Array.from({ length: n }, (_, i) => f(i / (n - 1)));
const loss = (n: number, a: number) => Array.from({ length: n }, (_, i) => a * Math.exp(-i / 12) + 0.2 + 0.01 * Math.sin(i));

export const trainState = ok({
  kind: 'train', model_hash: '9f2c4e1a7b3d5f60a1b2c3d4e5f60718293a4b5c6d7e8f90', task: 'binary', model_type: 'gbdt', params: { max_depth: 4 }, target: 'fraud', features: ['kwh', 'tariff', 'age'], labels: ['no', 'yes'],
  metrics: { train: { accuracy: 0.962, precision: 0.91, recall: 0.88, f1: 0.894, mcc: 0.87, roc_auc: 0.991, average_precision: 0.95, log_loss: 0.11, brier: 0.031 }, test: { accuracy: 0.931, precision: 0.86, recall: 0.81, f1: 0.834, mcc: 0.79, roc_auc: 0.962, average_precision: 0.9, log_loss: 0.19, brier: 0.052 } },
  history: { series: { train_loss: loss(60, 0.5), valid_loss: loss(60, 0.55).map((v, i) => v + i * 0.001) }, iterations: 60, bestIteration: 48 },
  importance: [{ feature: 'kwh', value: 0.52 }, { feature: 'tariff', value: 0.31 }, { feature: 'age', value: 0.17 }], rows: { train: 8000, test: 2000 }, model: {}, backend: 'wasm',
});

export const runningState: CellState = { id: 'x', status: 'running', key: 'k', cached: false, ms: null, rows: null, error: null, output: null, progress: { fraction: 0.4, message: 'iteration 24 of 60', values: { train_loss: 0.31, valid_loss: 0.34 }, series: { train_loss: loss(24, 0.5), valid_loss: loss(24, 0.55) } } };

function model(id: string, auc: number, shift: number) {
  return {
    id, task: 'binary', model_type: id === 'gbm' ? 'gbdt' : 'logistic', rows: 2000, labels: ['no', 'yes'],
    metrics: { accuracy: 0.93 - shift, f1: 0.83 - shift, roc_auc: auc, log_loss: 0.19 + shift, brier: 0.05 + shift / 2 },
    roc: { fpr: curve(50, (x) => x), tpr: curve(50, (x) => Math.pow(x, 0.25 + shift * 3)) },
    pr: { recall: curve(50, (x) => x), precision: curve(50, (x) => 1 - 0.5 * Math.pow(x, 3 - shift * 10)) },
    calibration: { prob_pred: curve(10, (x) => 0.05 + x * 0.9), prob_true: curve(10, (x) => Math.min(1, 0.05 + x * (0.9 - shift))), counts: Array(10).fill(200) },
    confusion: [[1500 - shift * 1000, 60 + shift * 1000], [80, 360]],
    slices: [{ slice: 'north', rows: 900, metrics: { accuracy: 0.94, roc_auc: auc + 0.01 } }, { slice: 'south', rows: 1000, metrics: { accuracy: 0.92, roc_auc: auc - 0.02 } }, { slice: null, rows: 100, metrics: { accuracy: 0.9, roc_auc: NaN } }],
    loss: { train_loss: loss(40, 0.5 + shift) },
    importance: [{ feature: 'kwh', value: 0.5 - shift }, { feature: 'tariff', value: 0.3 }, { feature: 'age', value: 0.2 + shift }],
    ...(id === 'gbm' ? { calibrated: { method: 'platt', metrics: { accuracy: 0.93, f1: 0.84, roc_auc: auc, log_loss: 0.17, brier: 0.049 } } } : {}),
  };
}
export const evaluateState = ok({ kind: 'evaluate', models: [model('gbm', 0.962, 0), model('logit', 0.91, 0.04)] });

export const regressionState = ok({
  kind: 'evaluate',
  models: ['ridge', 'gbm'].map((id, m) => {
    const actual = Array.from({ length: 200 }, (_, i) => 10 + (i % 50) + Math.sin(i) * 5);
    const predicted = actual.map((a, i) => a + Math.sin(i * (3 + m)) * (3 - m));
    return { id, task: 'regression', model_type: id, rows: 200, metrics: { mae: 1.9 - m * 0.6, rmse: 2.2 - m * 0.7, r2: 0.91 + m * 0.04, mape: 0.08 - m * 0.02, median_ae: 1.7 - m * 0.5 }, residuals: { actual, predicted, residual: predicted.map((p, i) => actual[i] - p) } };
  }),
});

export const explainState = ok({
  kind: 'explain', method: 'treeshap', rows_used: 2000,
  importance: [{ feature: 'kwh', value: 0.42 }, { feature: 'tariff', value: 0.21 }, { feature: 'age', value: 0.08 }],
  examples: [0, 1].map((i) => ({ row: 10 + i, output: 1, expectedValue: -1.2, prediction: i ? 0.9 : -2.1, contributions: [{ feature: 0, name: 'kwh', value: 1250.5, shap: i ? 1.6 : -0.6 }, { feature: 1, name: 'tariff', value: 2, shap: i ? 0.4 : -0.2 }, { feature: 2, name: 'age', value: 37, shap: 0.1 }], rest: 0 })),
});
export const permutationState = ok({ kind: 'explain', method: 'permutation', scoring: 'accuracy', rows_used: 2000, importance: [{ feature: 'kwh', value: 0.12, std: 0.01 }, { feature: 'tariff', value: 0.05, std: 0.008 }, { feature: 'age', value: 0.004, std: 0.003 }] });

const trials = Array.from({ length: 16 }, (_, i) => {
  const depth = 2 + (i % 6);
  const lr = Number((0.01 * Math.pow(1.4, i % 9)).toFixed(4));
  const loss = i % 3 === 0 ? 'logloss' : 'focal';
  const score = 0.85 + 0.02 * Math.min(depth, 5) - Math.abs(lr - 0.05) * 0.3 + (loss === 'focal' ? 0.005 : 0);
  return { trial: i + 1, score: i === 5 ? NaN : score, params: { max_depth: depth, learning_rate: lr, loss }, fold_scores: [score - 0.01, score + 0.01, score] };
});
const best = trials.filter((t) => Number.isFinite(t.score)).reduce((a, b) => (b.score > a.score ? b : a));
export const tuneState = ok({ kind: 'tune', metric: 'roc_auc', higher_is_better: true, trials, best, best_params: { ...best.params, min_leaf: 20 }, train: 'fit' });

function run(i: number, over: Partial<RunRecord>): RunRecord {
  return {
    schema: 'bitacora-run/1', id: `run${i}`, notebook: { title: 'Fraud', hash: 'h' }, cell: { id: 'fit', kind: 'train', key: 'k', spec: {} }, inputs: [], data_hashes: [], seed: 42,
    params: { model: 'gbdt', task: 'binary' }, metrics: { test: { roc_auc: 0.9 + i / 100, accuracy: 0.9, f1: 0.8 } }, series: {}, backend: i % 2 ? 'webgl' : 'wasm', versions: {}, user_agent: 'x',
    started_at: new Date(Date.UTC(2026, 10, 26, 9, i * 7)).toISOString(), duration_ms: 800 * (i + 1) ** 2, status: 'ok', error: null, model_hash: `${i}abcdef0123456789`, ...over,
  };
}
export const runs: RunRecord[] = [
  run(0, {}),
  run(1, { params: { model: 'logistic', task: 'binary' } }),
  run(2, { cell: { id: 'ev', kind: 'evaluate', key: 'k', spec: {} }, metrics: { fit: { roc_auc: 0.95 }, lr: { roc_auc: 0.9 } }, model_hash: undefined }),
  run(3, { cell: { id: 'search', kind: 'tune', key: 'k', spec: { train: 'fit' } }, metrics: { best: 0.96, metric: 'roc_auc' }, model_hash: undefined }),
  run(4, { status: 'error', error: 'target "fraud" has one class only', metrics: {} }),
];
