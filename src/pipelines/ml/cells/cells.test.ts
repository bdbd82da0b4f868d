// End-to-end over the core (Node DuckDB engine + in-process ML): notebooks with modelling cells.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataEngine } from '../../data/engine';
import { createNodeEngine } from '../../data/node-engine';
import { sha256Hex } from '../../engine/hash';
import { Executor } from '../../engine/executor';
import type { CellState, FileResolver } from '../../engine/types';
import type { RunRecord } from '../../governance/run-record';
import { parseNotebook } from '../../notebook/parse';
import { Random } from '../random';
import { createLocalMl } from './local-ml';
import { registerMlRunners } from './runners';

/** y = 3·x1 − 2·x2 + noise; cls = 1 when x1 + x2 > 1; grp cycles a, b, c. */
function dataset(n: number, seed = 1): string {
  const rng = new Random(seed);
  const lines = ['x1,x2,grp,y,cls,constant,holes'];
  for (let i = 0; i < n; i++) {
    const x1 = rng.next();
    const x2 = rng.next();
    const y = 3 * x1 - 2 * x2 + 0.01 * rng.normal();
    lines.push(`${x1},${x2},${'abc'[i % 3]},${y},${x1 + x2 > 1 ? 1 : 0},7,${i % 10 === 0 ? '' : x1}`);
  }
  return lines.join('\n');
}

let engine: DataEngine;
const files: Record<string, string> = {};

const resolver: FileResolver = {
  async resolve(source) {
    if (!('file' in source)) throw new Error('test resolver reads files only');
    const bytes = new TextEncoder().encode(files[source.file]);
    return { fileName: source.file, bytes, sha256: await sha256Hex(bytes) };
  },
};

beforeAll(async () => {
  registerMlRunners();
  engine = await createNodeEngine();
  files['d.csv'] = dataset(400);
});
afterAll(async () => engine.close());

async function run(yaml: string, runs: RunRecord[] = []) {
  const nb = parseNotebook(`format: bitacora/1\ntitle: t\ncells:\n  - { id: d, kind: data, source: { file: d.csv } }\n${yaml}`);
  const ex = new Executor({ engine, files: resolver, ml: createLocalMl(), runs: { put: async (r) => void runs.push(r) } });
  await ex.run(nb, 'all');
  return (id: string): CellState => ex.state(id);
}

const trainCell = (model: string, extra = '') => `
  - { id: parts, kind: split, input: d, method: random, test_size: 0.25, seed: 3 }
  - id: m
    kind: train
    input: parts
    task: regression
    target: y
    features: [x1, x2]
    model: ${model}
    seed: 42${extra}
`;

describe('train cells', () => {
  it('fits a ridge model that recovers y = 3·x1 − 2·x2 and records a complete run', async () => {
    const runs: RunRecord[] = [];
    const s = await run(trainCell('{ type: ridge, params: { alpha: 0.0001 } }'), runs);
    const m = s('m');
    expect(m.error).toBeNull();
    const v = m.output!.kind === 'json' ? m.output!.value : {};
    const metrics = v.metrics as { train: Record<string, number>; test: Record<string, number> };
    expect(metrics.test.r2).toBeGreaterThan(0.999);
    expect(metrics.test.rmse).toBeLessThan(0.02);
    expect((v.rows as { train: number; test: number })).toEqual({ train: 300, test: 100 });
    expect(runs).toHaveLength(1);
    const r = runs[0];
    expect(r.cell).toMatchObject({ id: 'm', kind: 'train', key: m.key });
    expect(r.seed).toBe(42);
    expect(r.data_hashes).toEqual([await sha256Hex(new TextEncoder().encode(files['d.csv']))]);
    expect(r.model_hash).toBe(v.model_hash);
    expect(r.model).toMatchObject({ features: ['x1', 'x2'], preprocessing: [] });
    expect(r.backend).toBe('typescript'); // ridge is solved in float64, not by tfjs
    expect(v.backend).toBe('typescript');
    expect(Object.keys(r.versions)).toContain('tfjs-core');
  });

  it('gives the same model hash for the same seed and data (gbdt and mlp)', async () => {
    for (const model of ['{ type: gbdt, params: { n_estimators: 20 } }', '{ type: mlp, params: { hidden_layers: [8], epochs: 3 } }']) {
      const a = (await run(trainCell(model)))('m');
      const b = (await run(trainCell(model)))('m');
      expect(a.error).toBeNull();
      const ha = a.output!.kind === 'json' && a.output!.value.model_hash;
      const hb = b.output!.kind === 'json' && b.output!.value.model_hash;
      expect(ha).toMatch(/^[0-9a-f]{64}$/);
      expect(hb).toBe(ha);
      if (model.includes('mlp')) expect(a.output!.kind === 'json' && a.output!.value.backend).toBe('wasm');
    }
  });

  it('names the cell and key for bad input', async () => {
    const cases: [string, string][] = [
      [trainCell('{ type: gbdt }').replace('target: y', 'target: nope'), 'target: column "nope" not found; the table has: x1, x2, grp, y, cls, constant, holes'],
      [trainCell('{ type: gbdt }').replace('target: y', 'target: constant'), 'target: column "constant" is constant (7) in the training rows; there is nothing to learn'],
      [trainCell('{ type: ridge }').replace('[x1, x2]', '[x1, holes]'), 'features: column "holes" has missing values'],
      [trainCell('{ type: gbdt }').replace('[x1, x2]', '[x1, grp]'), 'features[1]: column "grp" holds text; encode it first'],
      [trainCell('{ type: logistic }').replace('task: regression', 'task: binary').replace('target: y', 'target: constant'), 'target: only one class ("7") in the training rows; classification needs at least two'],
      [trainCell('{ type: gbdt }').replace('task: regression', 'task: multiclass'), 'target: 400 classes but only 300 training rows; there are more classes than rows'],
      [trainCell('{ type: gbdt, params: { n_estimatorz: 3 } }'), 'model.params.n_estimatorz: unknown parameter for gbdt'],
    ];
    for (const [yaml, message] of cases) {
      const m = (await run(yaml))('m');
      expect(m.status).toBe('error');
      expect(m.error).toContain(message);
    }
  });
});

describe('split, transform, evaluate, explain, tune and cluster cells', () => {
  it('stratified split keeps class proportions; transform fits on the training rows only', async () => {
    const runs: RunRecord[] = [];
    const s = await run(`
  - { id: parts, kind: split, input: d, method: stratified, by: cls, test_size: 0.25, seed: 3 }
  - id: prep
    kind: transform
    input: parts
    steps:
      - { op: scale, columns: [x1], method: standard }
  - { id: m, kind: train, input: prep, task: binary, target: cls, features: [x1, x2], model: { type: logistic, params: { epochs: 5 } } }
`, runs);
    // The model's record carries the fitted scaling, so scoring can apply exactly what training saw.
    expect((runs[0].model as { preprocessing: { op: string }[] }).preprocessing.map((f) => f.op)).toEqual(['scale']);
    const parts = s('parts').output!;
    expect(parts.kind === 'table' && parts.details).toMatchObject({ train: 300, test: 100 });
    const prep = s('prep').output!;
    expect(prep.kind === 'table' && prep.details?.fitted_on).toBe('train');
    const fitted = (prep.kind === 'table' ? prep.details?.fitted : []) as { op: string; columns: { name: string; center: number }[] }[];
    expect(fitted.map((f) => [f.op, f.columns.map((c) => c.name)])).toEqual([['scale', ['x1']]]);
    const { decodeIpc } = await import('../../data/arrow');
    const t = decodeIpc(await engine.queryArrow(`SELECT avg(x1) AS m, stddev_pop(x1) AS sd FROM prep WHERE __split = 'train'`));
    expect((t.columns[0].values as Float64Array)[0]).toBeCloseTo(0, 12);
    expect((t.columns[1].values as Float64Array)[0]).toBeCloseTo(1, 12);
  });

  it('evaluates two models, explains one with TreeSHAP and permutation importance', async () => {
    const s = await run(`${trainCell('{ type: gbdt, params: { n_estimators: 30 } }')}
  - id: r
    kind: train
    input: parts
    task: regression
    target: y
    features: [x1, x2]
    model: { type: linear }
  - { id: ev, kind: evaluate, models: [m, r], slice_by: grp }
  - { id: shap, kind: explain, model: m, method: treeshap }
  - { id: perm, kind: explain, model: r, method: permutation }
`);
    const ev = s('ev').output!;
    expect(s('ev').error).toBeNull();
    const models = (ev.kind === 'json' ? ev.value.models : []) as { id: string; rows: number; slices: { slice: string; rows: number }[]; residuals: { residual: number[] } }[];
    expect(models.map((m) => [m.id, m.rows])).toEqual([['m', 100], ['r', 100]]);
    expect(models[0].slices.map((x) => x.slice)).toEqual(['a', 'b', 'c']);
    expect(models[0].slices.reduce((n, x) => n + x.rows, 0)).toBe(100);
    for (const id of ['shap', 'perm']) {
      const o = s(id).output!;
      const imp = (o.kind === 'json' ? o.value.importance : []) as { feature: string; value: number }[];
      expect(imp[0].feature).toBe('x1'); // |3| > |−2| on features of equal spread
      expect(imp).toHaveLength(2);
    }
  });

  it('tunes with grid search and k-fold CV, returning the best params', async () => {
    const s = await run(`${trainCell('{ type: decision_tree }')}
  - id: t
    kind: tune
    input: parts
    train: m
    search: grid
    space: { max_depth: [1, 6] }
    folds: 3
`);
    const t = s('t').output!;
    expect(s('t').error).toBeNull();
    const v = t.kind === 'json' ? t.value : {};
    expect(v.metric).toBe('rmse');
    expect((v.trials as unknown[]).length).toBe(2);
    expect(v.best_params).toEqual({ max_depth: 6 });
    const trials = v.trials as { fold_scores: number[] }[];
    expect(trials[0].fold_scores).toHaveLength(3);
  });

  it('tunes with time-series and repeated folds when asked', async () => {
    for (const [cv, folds] of [['timeseries', 3], ['repeated', 9]] as const) {
      const s = await run(`${trainCell('{ type: decision_tree }')}
  - { id: t, kind: tune, input: parts, train: m, search: grid, space: { max_depth: [2] }, folds: 3, cv: ${cv} }
`);
      expect(s('t').error).toBeNull();
      const o = s('t').output!;
      const trials = (o.kind === 'json' ? o.value.trials : []) as { fold_scores: number[] }[];
      expect(trials[0].fold_scores).toHaveLength(folds);
    }
  });

  it('clusters into k groups with inertia and silhouette', async () => {
    const s = await run(`  - { id: c, kind: cluster, input: d, features: [x1, x2], k: 2, seed: 1 }\n`);
    const c = s('c').output!;
    expect(s('c').error).toBeNull();
    expect(c.kind === 'table' && c.table.columns.map((x) => x.name)).toContain('cluster');
    const m = (c.kind === 'table' ? c.details?.metrics : {}) as { inertia: number; silhouette: number };
    expect(m.silhouette).toBeGreaterThan(0.3);
    expect(m.inertia).toBeGreaterThan(0);
  });
});
