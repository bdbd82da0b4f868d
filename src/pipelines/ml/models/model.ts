// One interface for every model, whatever computes it (our typed-array code or tfjs).
// X is row-major Float64Array (n × p); y holds regression targets or class indices 0..k-1.

export type Task = 'regression' | 'binary' | 'multiclass' | 'clustering';

export interface FitProgress {
  iteration: number;
  /** Total iterations planned, when known. */
  total?: number;
  /** Named loss/metric values at this iteration, e.g. { train_loss, valid_loss }. */
  values: Record<string, number>;
}

export interface FitOptions {
  seed: number;
  /** Optional validation data for early stopping and validation curves. */
  valid?: { X: Float64Array; y: Float64Array };
  /** Optional per-sample weights (class weights are expanded into this). */
  sampleWeight?: Float64Array;
  onProgress?: (p: FitProgress) => void;
  /** Checked between iterations; when aborted, fit throws a FitCancelled error. */
  signal?: { aborted: boolean };
}

export interface FitData {
  X: Float64Array;
  y: Float64Array;
  n: number;
  p: number;
  /** Number of classes for binary/multiclass (2 for binary). */
  classes?: number;
}

export interface SerializedModel {
  type: string;
  version: 1;
  task: Task;
  /** Plain JSON state; numeric arrays as number[]. */
  state: unknown;
}

export interface Model {
  readonly type: string;
  readonly task: Task;
  fit(data: FitData, opts: FitOptions): Promise<FitHistory>;
  /** Regression: values; classification: class index; clustering: cluster id. Length n. */
  predict(X: Float64Array, n: number): Float64Array;
  /** Classification only: row-major n × k probabilities. */
  predictProba?(X: Float64Array, n: number): Float64Array;
  /** Feature importance (gain for trees, |coef| for linear), length p, when the model has one. */
  featureImportance?(): Float64Array;
  serialize(): SerializedModel;
}

export interface FitHistory {
  /** Per-iteration series, e.g. { train_loss: [...], valid_loss: [...] }. */
  series: Record<string, number[]>;
  iterations: number;
  /** Iteration kept when early stopping cut training short. */
  bestIteration?: number;
}

export class FitCancelled extends Error {
  override name = 'FitCancelled';
  constructor() {
    super('Training was cancelled');
  }
}

export class ModelInputError extends Error {
  override name = 'ModelInputError';
}
