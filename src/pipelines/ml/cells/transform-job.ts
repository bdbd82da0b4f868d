// The work of a transform cell: fit the steps (on the training rows when the input is split),
// then either compile them to one DuckDB SELECT or apply them in JS and return Arrow IPC.
import { CellError } from '../../engine/types';
import { takeRows, type Frame } from '../frame';
import { fitPipeline, applyPipeline, parseStep } from '../transform/pipeline';
import type { FittedStep } from '../transform/registry';
import type { TransformStep } from '../transform/schema';
import { stepToSql } from '../transform/to-sql';
import { frameFromIpc, frameToIpc } from './frame-table';
import { SPLIT_COLUMN } from './training-data';

export interface TransformPayload {
  ipc: Uint8Array;
  cellId: string;
  steps: unknown[];
  seed?: number;
}

export interface TransformResult {
  fitted: FittedStep[];
  /** 'train' when fitted on the training rows of a split table, else 'all'. */
  fittedOn: 'train' | 'all';
  /** A SELECT over the placeholder __INPUT__ when every step compiles to SQL; else null and ipc is set. */
  sql: string | null;
  ipc?: Uint8Array;
}

/** Rows where __split = 'train', when the table has that column. */
function trainingRows(frame: Frame): Int32Array | null {
  const split = frame.columns.find((c) => c.name === SPLIT_COLUMN);
  if (!split || split.kind !== 'string') return null;
  const rows: number[] = [];
  split.values.forEach((v, i) => v !== 'test' && rows.push(i));
  return Int32Array.from(rows);
}

function compileSql(frame: Frame, fitted: FittedStep[]): string | null {
  let columns = frame.columns.map((c) => c.name);
  let from = '__INPUT__';
  let probe: Frame = takeRows(frame, new Int32Array(0));
  for (const step of fitted) {
    const select = stepToSql(step, columns);
    if (select === null) return null;
    from = `(SELECT ${select} FROM ${from})`;
    try {
      probe = applyPipeline(probe, [step]);
    } catch {
      return null; // the step cannot say its output columns without rows: apply it in JS instead
    }
    columns = probe.columns.map((c) => c.name);
  }
  return `SELECT * FROM ${from}`;
}

export async function transformJob(payload: TransformPayload): Promise<TransformResult> {
  let steps: TransformStep[];
  try {
    steps = payload.steps.map((s, i) => parseStep(s, i));
  } catch (e) {
    throw new CellError(payload.cellId, (e as Error).message, 'steps');
  }
  const frame = frameFromIpc(payload.ipc);
  const train = trainingRows(frame);
  const fitFrame = train ? takeRows(frame, train) : frame;
  try {
    const { fitted } = fitPipeline(fitFrame, steps, { seed: payload.seed ?? 42 });
    const sql = compileSql(frame, fitted);
    if (sql) return { fitted, fittedOn: train ? 'train' : 'all', sql };
    const out = train && steps.some((s) => s.op === 'balance')
      ? applyWithTrainingOnlySteps(frame, fitted, train)
      : applyPipeline(frame, fitted);
    return { fitted, fittedOn: train ? 'train' : 'all', sql: null, ipc: frameToIpc(out) };
  } catch (e) {
    if (e instanceof CellError) throw e;
    throw new CellError(payload.cellId, (e as Error).message, 'steps');
  }
}

/**
 * Balancing resamples the training part only: apply every step to the test rows as at scoring
 * time (balance is the identity there) and the fitted pipeline with resampling to the training rows.
 */
function applyWithTrainingOnlySteps(frame: Frame, fitted: FittedStep[], train: Int32Array): Frame {
  const trainSet = new Set(train);
  const testRows = Int32Array.from({ length: frame.rows }, (_, i) => i).filter((i) => !trainSet.has(i));
  const trainOut = applyPipeline(takeRows(frame, train), fitted);
  const testOut = applyPipeline(takeRows(frame, testRows), fitted.filter((f) => f.op !== 'balance'));
  const columns = trainOut.columns.map((c, j) => {
    const t = testOut.columns[j];
    if (c.kind === 'string') return { ...c, values: [...c.values, ...(t.values as (string | null)[])] };
    const v = new Float64Array(c.values.length + t.values.length);
    v.set(c.values);
    v.set(t.values as Float64Array, c.values.length);
    return { ...c, values: v };
  });
  return { rows: trainOut.rows + testOut.rows, columns } as Frame;
}
