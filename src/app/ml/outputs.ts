// Typed views of the modelling cells' outputs (the JSON values the runners return, and the
// details of their tables), so components read fields instead of casting.
import type { CellState } from '../../pipelines/engine/types';
import type { TrainResult } from '../../pipelines/ml/cells/train-job';
import type { EvaluateResult } from '../../pipelines/ml/cells/evaluate-job';
import type { ExplainResult } from '../../pipelines/ml/cells/explain-job';
import type { TuneResult } from '../../pipelines/ml/cells/tune';

/** `backend` is read when the runner adds it (the tfjs backend actually used). */
export type TrainOutput = TrainResult & { backend?: string };
export type EvaluateOutput = EvaluateResult;
export type ExplainOutput = ExplainResult;
export type TuneOutput = TuneResult;

interface ByKind {
  train: TrainOutput;
  evaluate: EvaluateOutput;
  explain: ExplainOutput;
  tune: TuneOutput;
}

/** The cell's result of the given kind, when it has one to show (also while stale). */
export function jsonOutput<K extends keyof ByKind>(state: CellState | undefined, kind: K): ByKind[K] | null {
  const out = state?.output;
  if (out?.kind !== 'json' || out.value.kind !== kind) return null;
  return out.value as unknown as ByKind[K];
}

export interface TransformDetails {
  fitted?: unknown[];
  fitted_on?: 'train' | 'all';
  sql?: boolean;
}
export interface SplitDetails {
  train?: number;
  test?: number;
  method?: string;
}
export interface ClusterDetails {
  metrics?: { inertia?: number; silhouette?: number | null };
  centers?: number[][];
  features?: string[];
}

export function tableDetails<T>(state: CellState | undefined): T | null {
  const out = state?.output;
  return out?.kind === 'table' && out.details ? (out.details as T) : null;
}

export function isBusy(status: CellState['status']): boolean {
  return status === 'queued' || status === 'running';
}
