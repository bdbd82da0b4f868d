// The work of an evaluate cell: metrics, curves (ROC, PR, calibration), confusion matrix, residuals,
// sliced metrics and optional probability calibration for each trained model, on its test rows.
import { CellError } from '../../engine/types';
import { confusionMatrix } from '../metrics/classification';
import { computeMetrics, type MetricSet } from '../metrics/compute';
import { calibrationCurve } from '../metrics/probabilistic';
import { precisionRecallCurve, rocCurve } from '../metrics/ranking';
import { residuals } from '../metrics/regression';
import { slicedMetrics, type SliceMetrics } from '../metrics/sliced';
import { calibrate, type CalibrationMethod } from './calibrate';
import type { TrainResult } from './train-job';

export interface EvaluatePayload {
  cellId: string;
  models: { id: string; result: TrainResult }[];
  slices?: (string | null)[][];
  calibration: CalibrationMethod | 'none';
}

/** Curves are thinned to this many points for plotting. */
const MAX_POINTS = 500;

export interface ModelEvaluation {
  id: string;
  task: TrainResult['task'];
  model_type: string;
  rows: number;
  metrics: MetricSet;
  labels?: string[];
  roc?: { fpr: number[]; tpr: number[] };
  pr?: { precision: number[]; recall: number[] };
  calibration?: { prob_true: number[]; prob_pred: number[]; counts: number[] };
  calibrated?: { method: CalibrationMethod; metrics: MetricSet };
  confusion?: number[][];
  residuals?: { predicted: number[]; actual: number[]; residual: number[] };
  slices?: SliceMetrics[];
  loss?: Record<string, number[]>;
  importance?: { feature: string; value: number }[];
}

export interface EvaluateResult {
  models: ModelEvaluation[];
}

function thin(n: number): number[] {
  if (n <= MAX_POINTS) return Array.from({ length: n }, (_, i) => i);
  const step = (n - 1) / (MAX_POINTS - 1);
  return Array.from({ length: MAX_POINTS }, (_, i) => Math.round(i * step));
}

function pick(a: ArrayLike<number>, idx: number[]): number[] {
  return idx.map((i) => a[i]);
}

export async function evaluateJob(payload: EvaluatePayload): Promise<EvaluateResult> {
  const models = payload.models.map(({ id, result }, m): ModelEvaluation => {
    const t = result.test;
    if (!t) throw new CellError(payload.cellId, `models[${m}]: "${id}" has no test part to evaluate on; add a split cell before training`, `models[${m}]`);
    const yTrue = Float64Array.from(t.yTrue);
    const yPred = Float64Array.from(t.yPred);
    const score = t.score ? Float64Array.from(t.score) : undefined;
    const proba = t.proba ? Float64Array.from(t.proba) : undefined;
    const classes = result.labels?.length;
    const input = { yTrue, yPred, score, proba, classes };
    const ev: ModelEvaluation = {
      id,
      task: result.task,
      model_type: result.model_type,
      rows: yTrue.length,
      metrics: computeMetrics(result.task, input),
      labels: result.labels,
      loss: result.history.series,
      importance: result.importance,
    };
    if (result.task === 'regression') {
      const r = residuals(yTrue, yPred);
      const idx = thin(yTrue.length);
      ev.residuals = { predicted: pick(yPred, idx), actual: pick(yTrue, idx), residual: pick(r, idx) };
    } else {
      ev.confusion = confusionMatrix(yTrue, yPred, classes);
    }
    if (result.task === 'binary' && score) {
      const roc = rocCurve(yTrue, score);
      const ri = thin(roc.fpr.length);
      ev.roc = { fpr: pick(roc.fpr, ri), tpr: pick(roc.tpr, ri) };
      const pr = precisionRecallCurve(yTrue, score);
      const pi = thin(pr.precision.length);
      ev.pr = { precision: pick(pr.precision, pi), recall: pick(pr.recall, pi) };
      const cal = calibrationCurve(yTrue, score, 10);
      ev.calibration = { prob_true: Array.from(cal.probTrue), prob_pred: Array.from(cal.probPred), counts: Array.from(cal.counts) };
      if (payload.calibration !== 'none') {
        const calibrated = calibrate(payload.calibration, yTrue, score);
        ev.calibrated = { method: payload.calibration, metrics: computeMetrics('binary', { yTrue, yPred, score: calibrated }) };
      }
    }
    const slices = payload.slices?.[m];
    if (slices) ev.slices = slicedMetrics(result.task, input, slices);
    return ev;
  });
  return { models };
}
