// The work of a train cell, runnable in the ML worker or in Node: table in, fitted model, metrics
// on the training and test parts, loss series and importance out.
import { canonicalJson, sha256Hex } from '../../engine/hash';
import type { CellOf } from '../../notebook/schema';
import { computeMetrics, type MetricSet } from '../metrics/compute';
import { createModel } from '../models/factory';
import type { FitHistory, FitProgress, Model, SerializedModel } from '../models/model';
import { frameFromIpc } from './frame-table';
import { prepareTraining, SPLIT_COLUMN, type Prepared } from './training-data';

export type TrainSpec = Pick<CellOf<'train'>, 'id' | 'task' | 'target' | 'features' | 'model' | 'seed'>;

export interface TrainPayload {
  ipc: Uint8Array;
  spec: TrainSpec;
  /** Fitted states of the transform cells upstream, in order: saved with the model so scoring applies them. */
  preprocess?: unknown[];
}

export interface Predictions {
  yTrue: number[];
  yPred: number[];
  /** binary: P(positive class) */
  score?: number[];
  /** multiclass: row-major n × k */
  proba?: number[];
  /** Row numbers of these predictions in the input table. */
  rows: number[];
}

export interface TrainResult {
  model: SerializedModel;
  /** Fitted preprocessing (transform steps) the model expects its input to have been through. */
  preprocessing: unknown[];
  model_hash: string;
  task: TrainSpec['task'];
  model_type: string;
  params: Record<string, unknown>;
  target: string;
  features: string[];
  /** Class labels, index = class id (classification only). */
  labels?: string[];
  metrics: { train: MetricSet; test?: MetricSet };
  history: FitHistory;
  importance?: { feature: string; value: number }[];
  test?: Predictions;
  rows: { train: number; test: number };
  /** Where the model was computed: the tfjs backend really used, or "typescript" for our tree/NB code. */
  backend: string;
}

const MAX_KEPT_PREDICTIONS = 200_000;
/** Models computed by our own TypeScript (trees, naive Bayes, k-means, and the float64 solvers of the linear family). */
const OWN_CODE = new Set(['gbdt', 'random_forest', 'decision_tree', 'naive_bayes', 'kmeans', 'linear', 'ridge', 'lasso', 'elastic_net']);

/** tfjs falls back silently, so the backend is read from tfjs after training, never assumed. */
async function computedOn(type: string): Promise<string> {
  if (OWN_CODE.has(type)) return 'typescript';
  const tf = await import('@tensorflow/tfjs-core');
  return tf.engine().backendName ?? 'unknown';
}

export function predictionsOf(model: Model, task: TrainSpec['task'], X: Float64Array, y: Float64Array, n: number, rows: Int32Array, classes: number) {
  const yPred = model.predict(X, n);
  let score: Float64Array | undefined;
  let proba: Float64Array | undefined;
  if (task !== 'regression' && model.predictProba) {
    proba = model.predictProba(X, n);
    if (task === 'binary') {
      score = new Float64Array(n);
      for (let i = 0; i < n; i++) score[i] = proba[i * classes + 1];
      proba = undefined;
    }
  }
  const metrics = computeMetrics(task, { yTrue: y, yPred, score, proba, classes: task === 'regression' ? undefined : classes });
  return { metrics, yPred, score, proba, rows };
}

export async function trainJob(payload: TrainPayload, onProgress?: (p: FitProgress) => void, signal?: { aborted: boolean }): Promise<TrainResult> {
  const { spec } = payload;
  const frame = frameFromIpc(payload.ipc);
  const data: Prepared = prepareTraining(frame, spec);
  const model = await createModel(spec.model.type, spec.task, spec.model.params ?? {}, { backend: spec.model.backend });
  const history = await model.fit(
    { X: data.train.X, y: data.train.y, n: data.train.n, p: data.features.length, classes: data.classes },
    { seed: spec.seed, onProgress, signal },
  );
  const train = predictionsOf(model, spec.task, data.train.X, data.train.y, data.train.n, data.train.rows, data.classes);
  const test = data.test.n > 0 ? predictionsOf(model, spec.task, data.test.X, data.test.y, data.test.n, data.test.rows, data.classes) : null;
  const serialized = model.serialize();
  const imp = model.featureImportance?.();
  const keep = test && data.test.n <= MAX_KEPT_PREDICTIONS;
  return {
    model: serialized,
    preprocessing: payload.preprocess ?? [],
    model_hash: await sha256Hex(canonicalJson({ model: serialized, preprocessing: payload.preprocess ?? [], features: data.features, labels: data.labels ?? null })),
    task: spec.task,
    model_type: spec.model.type,
    params: spec.model.params ?? {},
    target: spec.target,
    features: data.features,
    labels: data.labels,
    metrics: { train: train.metrics, ...(test ? { test: test.metrics } : {}) },
    history,
    importance: imp ? data.features.map((feature, j) => ({ feature, value: imp[j] })) : undefined,
    test: keep
      ? {
          yTrue: Array.from(data.test.y),
          yPred: Array.from(test.yPred),
          score: test.score ? Array.from(test.score) : undefined,
          proba: test.proba ? Array.from(test.proba) : undefined,
          rows: Array.from(test.rows),
        }
      : undefined,
    rows: { train: data.train.n, test: data.test.n },
    backend: await computedOn(spec.model.type),
  };
}

export { SPLIT_COLUMN };
