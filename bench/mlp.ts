// Benchmark: MLP training time per epoch on each tfjs backend available in Node (wasm, cpu), on the same
// seeded 50k×20 regression data. Prints JSON lines only; `node --import tsx bench/mlp.ts`.

import { pathToFileURL } from 'node:url';
import { selectBackend } from '../src/pipelines/ml/backend/select.ts';
import { createTfjsModel } from '../src/pipelines/ml/models/tfjs/factory.ts';
import { Random } from '../src/pipelines/ml/random.ts';

const N = 50_000;
const P = 20;
const EPOCHS = 3;
const PARAMS = { hidden_layers: [64, 32], activation: 'relu', optimizer: 'adam', learning_rate: 0.001, batch_size: 256, epochs: EPOCHS } as const;
const BACKENDS = ['wasm', 'cpu'] as const;

export interface MlpEpochResult {
  bench: 'mlp_epoch';
  backend: string;
  ms_per_epoch: number;
  first_epoch_ms: number;
  n: number;
  p: number;
  hidden_layers: readonly number[];
  batch_size: number;
  epochs: number;
}

function makeData(n: number, seed: number): { X: Float64Array; y: Float64Array } {
  const rng = new Random(seed);
  const X = new Float64Array(n * P);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < P; j++) X[i * P + j] = rng.normal();
    const r = i * P;
    y[i] = X[r] - 2 * X[r + 1] + X[r + 2] * X[r + 3] + Math.sin(3 * X[r + 4]) + 0.1 * rng.normal();
  }
  return { X, y };
}

/** One MLP fit per backend; epoch time is the median of epochs after the first (which includes warm-up). */
export async function run(log: (line: string) => void = console.log): Promise<MlpEpochResult[]> {
  const { X, y } = makeData(N, 42);
  const results: MlpEpochResult[] = [];
  for (const requested of BACKENDS) {
    const backend = await selectBackend(requested, 'node');
    if (backend !== requested) {
      log(JSON.stringify({ bench: 'mlp_epoch', backend: requested, skipped: `tfjs activated ${backend}` }));
      continue;
    }
    const marks: number[] = [performance.now()];
    const model = createTfjsModel('mlp', 'regression', { ...PARAMS, hidden_layers: [...PARAMS.hidden_layers] });
    await model.fit({ X, y, n: N, p: P }, { seed: 1, onProgress: () => marks.push(performance.now()) });
    model.dispose();
    const epochs = marks.slice(1).map((t, i) => t - marks[i]);
    const later = epochs.slice(1).sort((a, b) => a - b);
    const r: MlpEpochResult = {
      bench: 'mlp_epoch',
      backend,
      ms_per_epoch: Math.round(later[Math.floor(later.length / 2)]),
      first_epoch_ms: Math.round(epochs[0]),
      n: N,
      p: P,
      hidden_layers: PARAMS.hidden_layers,
      batch_size: PARAMS.batch_size,
      epochs: EPOCHS,
    };
    results.push(r);
    log(JSON.stringify(r));
  }
  const wasm = results.find((r) => r.backend === 'wasm');
  const cpu = results.find((r) => r.backend === 'cpu');
  if (wasm && cpu) log(JSON.stringify({ bench: 'mlp_epoch_ratio', cpu_over_wasm: Math.round((cpu.ms_per_epoch / wasm.ms_per_epoch) * 100) / 100 }));
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
}
