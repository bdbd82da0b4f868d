// Benchmark: our histogram gradient boosting against scikit-learn's HistGradientBoostingClassifier on the
// same seeded 50k×20 binary data (via a temp CSV), plus batch scoring speed. Prints JSON lines only.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Random } from '../src/pipelines/ml/random.ts';
import { HistGradientBoosting } from '../src/pipelines/ml/models/trees/hist-gradient-boosting.ts';

const P = 20;
const TRAIN = 50_000;
const TEST = 10_000;
const SCORE_ROWS = 1_000_000;
const PARAMS = { nEstimators: 100, learningRate: 0.1, maxLeafNodes: 31, earlyStopping: false } as const;

/** Binary data with linear, interaction and threshold effects, 8 noise features and 5% label noise. */
export function makeData(n: number, seed: number): { X: Float64Array; y: Float64Array } {
  const rng = new Random(seed);
  const X = new Float64Array(n * P);
  const y = new Float64Array(n);
  const w = [1.2, -0.8, 0.6, -1.0, 0.9, 0.5, -0.4, 0.7];
  for (let i = 0; i < n; i++) {
    const r = i * P;
    for (let j = 0; j < P; j++) X[r + j] = Math.round(rng.normal() * 1e6) / 1e6;
    let z = 0;
    for (let j = 0; j < w.length; j++) z += w[j] * X[r + j];
    z += 0.8 * X[r + 8] * X[r + 9] + (X[r + 10] > 0.5 ? 1 : -0.5) + Math.sin(2 * X[r + 11]);
    let label = z + 0.5 * rng.normal() > 0 ? 1 : 0;
    if (rng.next() < 0.05) label = 1 - label;
    y[i] = label;
  }
  return { X, y };
}

function accuracy(pred: Float64Array, y: Float64Array): number {
  let ok = 0;
  for (let i = 0; i < y.length; i++) if (pred[i] === y[i]) ok++;
  return ok / y.length;
}

const PYTHON = `
import json, sys, time, os
import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
d = np.loadtxt(sys.argv[1], delimiter=',', skiprows=1)
X, y = d[:, :-1], d[:, -1]
ntr = int(sys.argv[2])
fits = []
for _ in range(3):
    m = HistGradientBoostingClassifier(max_iter=100, learning_rate=0.1, max_leaf_nodes=31, early_stopping=False, random_state=0)
    t = time.perf_counter(); c = time.process_time(); m.fit(X[:ntr], y[:ntr]); fits.append((time.perf_counter() - t, time.process_time() - c))
fit_s, cpu_s = sorted(fits)[1]
acc = float((m.predict(X[ntr:]) == y[ntr:]).mean())
Xs = np.random.default_rng(0).standard_normal((1_000_000, X.shape[1]))
t = time.perf_counter(); m.predict_proba(Xs); score_s = time.perf_counter() - t
print(json.dumps({"fit_s": fit_s, "cpu_s": cpu_s, "accuracy": acc, "rows_per_s": 1_000_000 / score_s}))
`;

function findPython(): string | null {
  for (const exe of ['python3', '/usr/bin/python3']) {
    try {
      execFileSync(exe, ['-c', 'import sklearn'], { stdio: 'ignore' });
      return exe;
    } catch {
      // try the next one
    }
  }
  return null;
}

function emit(o: Record<string, unknown>): void {
  console.log(JSON.stringify(o));
}

export async function run(): Promise<void> {
  const { X, y } = makeData(TRAIN + TEST, 20261126);
  const Xtr = X.subarray(0, TRAIN * P);
  const ytr = y.subarray(0, TRAIN);
  const Xte = X.subarray(TRAIN * P);
  const yte = y.subarray(TRAIN);

  // Four fits: the first includes the JIT's warm-up (what a user's first training pays); the median of
  // the other three is compared with scikit-learn's median of three (its code is compiled ahead of time).
  let model = new HistGradientBoosting({ task: 'binary', ...PARAMS });
  const fits: { s: number; cpu: number }[] = [];
  for (let r = 0; r < 4; r++) {
    model = new HistGradientBoosting({ task: 'binary', ...PARAMS });
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    await model.fit({ X: Xtr, y: ytr, n: TRAIN, p: P, classes: 2 }, { seed: 0 });
    fits.push({ s: (performance.now() - t0) / 1000, cpu: cpuSeconds(c0) });
  }
  const coldS = fits[0].s;
  const { s: oursS, cpu: oursCpu } = fits.slice(1).sort((a, b) => a.s - b.s)[1];
  const oursAcc = accuracy(model.predict(Xte, TEST), yte);

  type SkRun = { fit_s: number; cpu_s: number; accuracy: number; rows_per_s: number };
  let sk: SkRun | null = null;
  let skSingle: SkRun | null = null;
  const python = findPython();
  if (!python) {
    emit({ bench: 'gbdt_vs_sklearn', skipped: 'python3 with scikit-learn not found' });
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'bitacora-gbdt-'));
    try {
      const csv = join(dir, 'data.csv');
      const lines: string[] = [[...Array.from({ length: P }, (_, j) => `x${j}`), 'y'].join(',')];
      for (let i = 0; i < TRAIN + TEST; i++) lines.push([...X.subarray(i * P, i * P + P), y[i]].join(','));
      writeFileSync(csv, lines.join('\n') + '\n');
      const py = (env: NodeJS.ProcessEnv) => JSON.parse(execFileSync(python, ['-c', PYTHON, csv, String(TRAIN)], { encoding: 'utf8', env }).trim());
      sk = py(process.env);
      skSingle = py({ ...process.env, OMP_NUM_THREADS: '1' });
    } catch (e) {
      emit({ bench: 'gbdt_vs_sklearn', skipped: `scikit-learn run failed: ${(e as Error).message.split('\n')[0]}` });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  emit({
    bench: 'gbdt_fit',
    rows: TRAIN,
    features: P,
    ours_s: round(oursS),
    ours_first_fit_s: round(coldS),
    sklearn_s: sk ? round(sk.fit_s) : null,
    ratio: sk ? round(oursS / sk.fit_s) : null,
    sklearn_1thread_s: skSingle ? round(skSingle.fit_s) : null,
    ratio_1thread: skSingle ? round(oursS / skSingle.fit_s) : null,
    ours_cpu_s: round(oursCpu),
    sklearn_cpu_s: sk ? round(sk.cpu_s) : null,
    load_average_1m: round(loadavg()[0]),
    ours_accuracy: oursAcc,
    sklearn_accuracy: sk ? sk.accuracy : null,
  });

  const big = makeData(SCORE_ROWS, 7).X;
  model.predictProba(big.subarray(0, 10_000 * P), 10_000); // warm-up
  const t1 = performance.now();
  const c1 = process.cpuUsage();
  model.predictProba(big, SCORE_ROWS);
  const scoreS = (performance.now() - t1) / 1000;
  const scoreCpu = cpuSeconds(c1);
  emit({
    bench: 'gbdt_score',
    rows: SCORE_ROWS,
    trees: 100,
    seconds: round(scoreS),
    rows_per_s: Math.round(SCORE_ROWS / scoreS),
    cpu_rows_per_s: Math.round(SCORE_ROWS / scoreCpu),
    sklearn_rows_per_s: sk ? Math.round(sk.rows_per_s) : null,
    sklearn_1thread_rows_per_s: skSingle ? Math.round(skSingle.rows_per_s) : null,
  });
}

/** CPU seconds of this process since `start` (less disturbed than wall time on a shared machine). */
function cpuSeconds(start: NodeJS.CpuUsage): number {
  return process.cpuUsage(start).user / 1e6;
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
}
