// One line of the runs list from a run record: when, which cell and model, the key test metrics,
// how long, on which backend, the short model hash. Pure, so lists sort and test without a DOM.
import type { RunRecord } from '../../pipelines/governance/run-record';

export interface RunMetric {
  /** Model id for evaluate runs (several models per run); absent otherwise. */
  scope?: string;
  name: string;
  value: number | null;
}

export interface RunSummary {
  id: string;
  startedAt: string;
  /** Epoch ms of started_at (NaN when unreadable). */
  startedMs: number;
  cell: string;
  kind: RunRecord['cell']['kind'];
  /** Model type (train), tuned train cell (tune), k-means with k (cluster), compared models (evaluate). */
  model: string | null;
  /** Which part the metrics come from: test when the run had one. */
  part: 'test' | 'train' | 'cv' | 'all';
  metrics: RunMetric[];
  durationMs: number;
  backend: string;
  modelHash: string | null;
  shortHash: string | null;
  status: RunRecord['status'];
  error: string | null;
}

const KEY_METRICS: Record<string, readonly string[]> = {
  regression: ['rmse', 'mae', 'r2'],
  binary: ['roc_auc', 'accuracy', 'f1'],
  multiclass: ['f1_macro', 'accuracy', 'log_loss'],
};

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function isMetricSet(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The task's key metrics, or the first three numeric ones when the task is unknown. */
export function keyMetrics(set: Record<string, unknown>, task: unknown, scope?: string): RunMetric[] {
  const names = typeof task === 'string' && KEY_METRICS[task] ? KEY_METRICS[task].filter((n) => n in set) : Object.keys(set).filter((k) => typeof set[k] === 'number').slice(0, 3);
  return names.map((name) => ({ ...(scope ? { scope } : {}), name, value: num(set[name]) }));
}

function taskOfSet(set: Record<string, unknown>): string | undefined {
  if ('rmse' in set) return 'regression';
  if ('f1_macro' in set) return 'multiclass';
  if ('roc_auc' in set || 'f1' in set) return 'binary';
  return undefined;
}

export function summariseRun(record: RunRecord): RunSummary {
  const { metrics, params } = record;
  const spec = record.cell.spec;
  let model: string | null = null;
  let part: RunSummary['part'] = 'all';
  let list: RunMetric[] = [];
  switch (record.cell.kind) {
    case 'train': {
      model = typeof params.model === 'string' ? params.model : isMetricSet(spec.model) && typeof spec.model.type === 'string' ? spec.model.type : null;
      const task = params.task ?? spec.task;
      if (isMetricSet(metrics.test)) [part, list] = ['test', keyMetrics(metrics.test, task)];
      else if (isMetricSet(metrics.train)) [part, list] = ['train', keyMetrics(metrics.train, task)];
      break;
    }
    case 'evaluate': {
      const ids = Object.keys(metrics).filter((k) => isMetricSet(metrics[k]));
      model = ids.join(', ') || null;
      part = 'test';
      list = ids.flatMap((id) => {
        const set = metrics[id] as Record<string, unknown>;
        return keyMetrics(set, taskOfSet(set), id).slice(0, 1);
      });
      break;
    }
    case 'tune':
      model = typeof spec.train === 'string' ? spec.train : null;
      part = 'cv';
      list = typeof metrics.metric === 'string' ? [{ name: metrics.metric, value: num(metrics.best) }] : [];
      break;
    case 'cluster':
      model = typeof params.k === 'number' ? `kmeans k=${params.k}` : 'kmeans';
      list = ['inertia', 'silhouette'].filter((n) => n in metrics).map((name) => ({ name, value: num(metrics[name]) }));
      break;
    default: {
      const never: never = record.cell.kind;
      throw new Error(`unknown run kind ${String(never)}`);
    }
  }
  return {
    id: record.id,
    startedAt: record.started_at,
    startedMs: Date.parse(record.started_at),
    cell: record.cell.id,
    kind: record.cell.kind,
    model,
    part,
    metrics: list,
    durationMs: record.duration_ms,
    backend: record.backend,
    modelHash: record.model_hash ?? null,
    shortHash: record.model_hash ? record.model_hash.slice(0, 12) : null,
    status: record.status,
    error: record.error,
  };
}

export type RunSortKey = 'time' | 'cell' | 'model' | 'metric' | 'duration' | 'backend' | 'status';

function sortValue(s: RunSummary, key: RunSortKey): number | string | null {
  switch (key) {
    case 'time':
      return Number.isFinite(s.startedMs) ? s.startedMs : null;
    case 'cell':
      return s.cell;
    case 'model':
      return s.model;
    case 'metric':
      return s.metrics[0]?.value ?? null;
    case 'duration':
      return s.durationMs;
    case 'backend':
      return s.backend;
    case 'status':
      return s.status;
  }
}

/** Sorted copy; missing values last in either direction, ties newest first. */
export function sortRuns(runs: readonly RunSummary[], key: RunSortKey, descending: boolean): RunSummary[] {
  const sign = descending ? -1 : 1;
  return [...runs].sort((a, b) => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else {
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      if (c !== 0) return sign * c;
    }
    return (b.startedMs || 0) - (a.startedMs || 0);
  });
}

/** "850 ms", "12.3 s", "3 min 05 s", "2 h 04 min". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  if (s < 60) return `${s < 10 ? s.toFixed(1) : Math.round(s)} s`;
  const total = Math.round(s);
  if (total < 3600) return `${Math.floor(total / 60)} min ${String(total % 60).padStart(2, '0')} s`;
  const minutes = Math.round(total / 60);
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}
