// Runs list lines from run records of each kind, sorting, and durations, checked by hand.
import { describe, expect, it } from 'vitest';
import { RUN_RECORD_SCHEMA, runRecordSchema, type RunRecord } from '../../pipelines/governance/run-record';
import { formatDuration, sortRuns, summariseRun } from './summarise-run';

function record(over: Partial<RunRecord> & { cell: RunRecord['cell'] }): RunRecord {
  return runRecordSchema.parse({
    schema: RUN_RECORD_SCHEMA,
    id: 'r1',
    notebook: { title: 'nb', hash: 'h' },
    inputs: [],
    data_hashes: [],
    seed: 42,
    params: {},
    metrics: {},
    series: {},
    backend: 'wasm',
    versions: {},
    user_agent: 'test',
    started_at: '2026-11-26T10:00:00.000Z',
    duration_ms: 1234,
    status: 'ok',
    error: null,
    ...over,
  });
}

const train = record({
  cell: { id: 'fit', kind: 'train', key: 'k', spec: { task: 'binary', model: { type: 'gbdt', params: {} } } },
  params: { model: 'gbdt', task: 'binary', max_depth: 4 },
  metrics: { train: { accuracy: 0.99, roc_auc: 0.999, f1: 0.98 }, test: { accuracy: 0.91, roc_auc: 0.95, f1: 0.88, log_loss: 0.3 } },
  model_hash: 'abcdef0123456789abcdef',
});

describe('summariseRun', () => {
  it('train: model type, the task key metrics on the test part, short hash', () => {
    const s = summariseRun(train);
    expect(s).toMatchObject({ cell: 'fit', kind: 'train', model: 'gbdt', part: 'test', durationMs: 1234, backend: 'wasm', shortHash: 'abcdef012345', modelHash: 'abcdef0123456789abcdef', status: 'ok' });
    expect(s.metrics).toEqual([
      { name: 'roc_auc', value: 0.95 },
      { name: 'accuracy', value: 0.91 },
      { name: 'f1', value: 0.88 },
    ]);
    expect(s.startedMs).toBe(Date.UTC(2026, 10, 26, 10));
  });

  it('train without a test part falls back to training metrics; NaN reads as null', () => {
    const s = summariseRun(record({ cell: { id: 'reg', kind: 'train', key: 'k', spec: {} }, params: { model: 'ridge', task: 'regression' }, metrics: { train: { rmse: 2, mae: 1.5, r2: NaN } } }));
    expect(s.part).toBe('train');
    expect(s.metrics).toEqual([
      { name: 'rmse', value: 2 },
      { name: 'mae', value: 1.5 },
      { name: 'r2', value: null },
    ]);
    expect(s.shortHash).toBeNull();
  });

  it('evaluate: the primary metric of each model, scoped by model id', () => {
    const s = summariseRun(record({ cell: { id: 'ev', kind: 'evaluate', key: 'k', spec: {} }, metrics: { a: { rmse: 3, r2: 0.5 }, b: { accuracy: 0.8, roc_auc: 0.9 } } }));
    expect(s.model).toBe('a, b');
    expect(s.metrics).toEqual([
      { scope: 'a', name: 'rmse', value: 3 },
      { scope: 'b', name: 'roc_auc', value: 0.9 },
    ]);
  });

  it('tune and cluster', () => {
    const tune = summariseRun(record({ cell: { id: 'search', kind: 'tune', key: 'k', spec: { train: 'fit' } }, metrics: { best: 0.93, metric: 'roc_auc' } }));
    expect(tune).toMatchObject({ model: 'fit', part: 'cv', metrics: [{ name: 'roc_auc', value: 0.93 }] });
    const cl = summariseRun(record({ cell: { id: 'km', kind: 'cluster', key: 'k', spec: {} }, params: { k: 4 }, metrics: { inertia: 12.5, silhouette: null } }));
    expect(cl).toMatchObject({ model: 'kmeans k=4', metrics: [{ name: 'inertia', value: 12.5 }, { name: 'silhouette', value: null }] });
  });
});

describe('sortRuns', () => {
  const a = summariseRun({ ...train, id: 'a', started_at: '2026-11-26T09:00:00Z', duration_ms: 500 });
  const b = summariseRun({ ...train, id: 'b', started_at: '2026-11-26T11:00:00Z', duration_ms: 90_000, metrics: { test: { roc_auc: 0.97 } } });
  const c = summariseRun({ ...train, id: 'c', started_at: '2026-11-26T10:00:00Z', duration_ms: 5000, metrics: {} });
  const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
  it('sorts by time, duration and primary metric; runs without a metric last either way', () => {
    expect(ids(sortRuns([a, b, c], 'time', true))).toEqual(['b', 'c', 'a']);
    expect(ids(sortRuns([a, b, c], 'duration', false))).toEqual(['a', 'c', 'b']);
    expect(ids(sortRuns([a, b, c], 'metric', true))).toEqual(['b', 'a', 'c']);
    expect(ids(sortRuns([a, b, c], 'metric', false))).toEqual(['a', 'b', 'c']);
  });
});

describe('formatDuration', () => {
  it('picks a unit by size', () => {
    expect(formatDuration(850)).toBe('850 ms');
    expect(formatDuration(1234)).toBe('1.2 s');
    expect(formatDuration(12_345)).toBe('12 s');
    expect(formatDuration(185_000)).toBe('3 min 05 s');
    expect(formatDuration(7_440_000)).toBe('2 h 04 min');
    expect(formatDuration(NaN)).toBe('—');
  });
});
