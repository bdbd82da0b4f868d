// A tune cell: search the train cell's parameters with k-fold CV, trials spread over the ML worker pool.
import { CellError, type MlRunner } from '../../engine/types';
import type { RunContext } from '../../engine/runners';
import type { CellOf } from '../../notebook/schema';
import { Random } from '../random';
import type { CvResult } from './cv-job';
import { defaultMetric, higherIsBetter } from './metric-direction';
import { gridPoints, parseSpace, randomPoint, tpePoint, type Params } from './search-space';

export interface TuneResult {
  metric: string;
  higher_is_better: boolean;
  trials: (CvResult & { trial: number })[];
  best: (CvResult & { trial: number }) | null;
  /** The train cell's params with the best values merged in: one click back into the train cell. */
  best_params: Record<string, unknown> | null;
  train: string;
}

export async function runTune(cell: CellOf<'tune'>, ctx: RunContext, ml: MlRunner, progress: (p: unknown) => void): Promise<TuneResult> {
  const trainCell = ctx.notebook.cells.find((c) => c.id === cell.train);
  if (!trainCell || trainCell.kind !== 'train') throw new CellError(cell.id, `train: "${cell.train}" is not a train cell`, 'train');
  let space;
  try {
    space = parseSpace(cell.space);
  } catch (e) {
    throw new CellError(cell.id, (e as Error).message, 'space');
  }
  const metric = cell.metric ?? defaultMetric(trainCell.task);
  const higher = higherIsBetter(metric);
  const ipc = await ctx.engine.exportArrow(cell.input);
  const spec = { id: trainCell.id, task: trainCell.task, target: trainCell.target, features: trainCell.features, model: trainCell.model, seed: trainCell.seed };
  const rng = new Random(cell.seed);
  const trials: (CvResult & { trial: number })[] = [];
  let queue: Params[] = [];
  try {
    if (cell.search === 'grid') queue = gridPoints(space, cell.trials);
  } catch (e) {
    throw new CellError(cell.id, (e as Error).message, 'space');
  }
  const total = cell.search === 'grid' ? queue.length : cell.trials;
  const batch = Math.max(1, ml.parallelism);
  while (trials.length < total) {
    if (ctx.signal?.aborted) throw new Error('Cancelled');
    const n = Math.min(batch, total - trials.length);
    const points: Params[] =
      cell.search === 'grid'
        ? queue.slice(trials.length, trials.length + n)
        : Array.from({ length: n }, () => (cell.search === 'tpe' ? tpePoint(space, trials, higher, rng) : randomPoint(space, rng)));
    const results = await Promise.all(
      points.map((params) => ml.run<CvResult>('cv', { ipc: ipc.slice(), spec, params, folds: cell.folds, seed: cell.seed, metric, cv: cell.cv }, { signal: ctx.signal })),
    );
    for (const r of results) trials.push({ ...r, trial: trials.length + 1 });
    const best = pickBest(trials, higher);
    progress({ iteration: trials.length, total, values: { [metric]: best?.score ?? NaN }, message: `trial ${trials.length} of ${total}` });
  }
  const best = pickBest(trials, higher);
  return { metric, higher_is_better: higher, trials, best, best_params: best ? { ...trainCell.model.params, ...best.params } : null, train: trainCell.id };
}

function pickBest<T extends { score: number }>(trials: T[], higher: boolean): T | null {
  let best: T | null = null;
  for (const t of trials) if (Number.isFinite(t.score) && (!best || (higher ? t.score > best.score : t.score < best.score))) best = t;
  return best;
}
