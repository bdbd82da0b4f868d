// Turns a (split) table into the numeric matrices a model takes, with the checks a user needs:
// target missing or constant, text features, NaN, one class only, more classes than rows.
import { CellError } from '../../engine/types';
import type { Column, Frame } from '../frame';
import type { TrainSpec } from './train-job';

/** Column the split cell adds: 'train' or 'test'. */
export const SPLIT_COLUMN = '__split';

/** Models that handle missing feature values themselves. */
const NAN_TOLERANT = new Set(['gbdt']);

export interface Part {
  X: Float64Array;
  y: Float64Array;
  n: number;
  rows: Int32Array;
}

export interface Prepared {
  features: string[];
  labels?: string[];
  classes: number;
  train: Part;
  test: Part;
}

function fail(spec: TrainSpec, key: string, message: string): never {
  throw new CellError(spec.id, `${key}: ${message}`, key);
}

export function prepareTraining(frame: Frame, spec: TrainSpec): Prepared {
  const byName = new Map(frame.columns.map((c) => [c.name, c]));
  const names = frame.columns.map((c) => c.name).filter((n) => n !== SPLIT_COLUMN);
  const target = byName.get(spec.target);
  if (!target) fail(spec, 'target', `column "${spec.target}" not found; the table has: ${names.join(', ')}`);
  const features = spec.features ?? names.filter((n) => n !== spec.target);
  if (features.length === 0) fail(spec, 'features', 'no feature columns: the table holds only the target');
  features.forEach((f, i) => {
    const c = byName.get(f);
    if (!c) fail(spec, `features[${i}]`, `column "${f}" not found; the table has: ${names.join(', ')}`);
    if (f === spec.target) fail(spec, `features[${i}]`, `the target "${f}" cannot also be a feature`);
    if (c.kind === 'string') fail(spec, `features[${i}]`, `column "${f}" holds text; encode it first (a transform cell with one_hot, ordinal or target_encode)`);
    if (c.kind === 'datetime') fail(spec, `features[${i}]`, `column "${f}" is a date/time; derive numbers from it first (a transform cell with datetime_features)`);
  });

  const split = byName.get(SPLIT_COLUMN);
  const trainRows: number[] = [];
  const testRows: number[] = [];
  for (let i = 0; i < frame.rows; i++) {
    if (split && split.kind === 'string' && split.values[i] === 'test') testRows.push(i);
    else trainRows.push(i);
  }
  if (trainRows.length === 0) fail(spec, 'input', 'the training part has no rows');

  const { y, labels, classes } = encodeTarget(spec, target);
  const trainY = pick(y, trainRows);
  checkTarget(spec, trainY, classes, trainRows.length, labels);

  const cols = features.map((f) => byName.get(f)!.values as Float64Array);
  const nanTolerant = NAN_TOLERANT.has(spec.model.type);
  const part = (rows: number[]): Part => {
    const n = rows.length;
    const p = cols.length;
    const X = new Float64Array(n * p);
    for (let j = 0; j < p; j++) {
      const v = cols[j];
      for (let i = 0; i < n; i++) {
        const x = v[rows[i]];
        if (Number.isNaN(x) && !nanTolerant) {
          fail(spec, 'features', `column "${features[j]}" has missing values (row ${rows[i] + 1}); impute them in a transform cell, or use gbdt, which handles them`);
        }
        X[i * p + j] = x;
      }
    }
    return { X, y: pick(y, rows), n, rows: Int32Array.from(rows) };
  };
  const test = part(testRows);
  for (let i = 0; i < test.n; i++) {
    if (Number.isNaN(test.y[i])) fail(spec, 'target', `the target is missing in test row ${testRows[i] + 1}`);
  }
  return { features, labels, classes, train: part(trainRows), test };
}

function pick(v: Float64Array, rows: number[]): Float64Array {
  const out = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = v[rows[i]];
  return out;
}

function encodeTarget(spec: TrainSpec, target: Column): { y: Float64Array; labels?: string[]; classes: number } {
  if (spec.task === 'regression') {
    if (target.kind !== 'number') fail(spec, 'target', `column "${spec.target}" holds ${target.kind === 'string' ? 'text' : 'dates'}; regression needs numbers (or choose task: binary / multiclass)`);
    return { y: target.values, classes: 0 };
  }
  const raw = target.kind === 'string' ? target.values : Array.from(target.values, (v) => (Number.isNaN(v) ? null : String(v)));
  const distinct = [...new Set(raw.filter((v): v is string => v !== null))];
  const numeric = distinct.every((l) => Number.isFinite(Number(l)));
  distinct.sort((a, b) => (numeric ? Number(a) - Number(b) : a < b ? -1 : a > b ? 1 : 0));
  const index = new Map(distinct.map((l, i) => [l, i]));
  const y = Float64Array.from(raw, (v) => (v === null ? NaN : index.get(v)!));
  return { y, labels: distinct, classes: distinct.length };
}

function checkTarget(spec: TrainSpec, y: Float64Array, classes: number, n: number, labels?: string[]): void {
  let missing = 0;
  for (const v of y) if (Number.isNaN(v)) missing++;
  if (missing) fail(spec, 'target', `column "${spec.target}" is missing in ${missing} training row(s); drop or impute them first`);
  if (spec.task === 'regression') {
    if (y.every((v) => v === y[0])) fail(spec, 'target', `column "${spec.target}" is constant (${y[0]}) in the training rows; there is nothing to learn`);
    return;
  }
  const seen = new Set(y);
  if (seen.size < 2) fail(spec, 'target', `only one class ("${labels?.[[...seen][0]] ?? ''}") in the training rows; classification needs at least two`);
  if (spec.task === 'binary' && classes > 2) fail(spec, 'task', `binary needs two classes, "${spec.target}" has ${classes}; use task: multiclass`);
  if (classes > n) fail(spec, 'target', `${classes} classes but only ${n} training rows; there are more classes than rows`);
}
