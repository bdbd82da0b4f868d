// Target encoding (m-estimate): category → (Σy + m·prior) / (n + m), prior = mean target, m = smoothing.
// Training rows get out-of-fold values (each fold encoded from the other folds, seeded shuffled
// K-fold) so a row's own target never leaks into its feature; new rows use the mapping fitted on all
// training rows. Unseen categories get the prior; a missing category is a category of its own.

import type { Frame } from '../frame.ts';
import { permutation } from '../random.ts';
import { fromJsonNumber, numberCol, replaceColumns, requireColumn, toJsonNumber } from './columns.ts';
import { stepError } from './errors.ts';
import { stepRandom, type OpContext, type StepOp } from './op.ts';
import type { Category } from './one-hot.ts';
import type { StepOf } from './schema.ts';

type Key = Category | null;
export type TargetEncodeFitted = {
  op: 'target_encode';
  target: string;
  smoothing: number;
  prior: number | null;
  columns: { name: string; mapping: [Key, number | null][] }[];
};

function keyOf(v: Key): Key {
  return typeof v === 'number' && Number.isNaN(v) ? null : v;
}

/** Encodings learned from the rows where `use[i]`; y NaN rows are ignored. */
function learn(keys: ArrayLike<Key>, y: Float64Array, use: (i: number) => boolean, m: number) {
  const sum = new Map<Key, number>();
  const cnt = new Map<Key, number>();
  let total = 0;
  let n = 0;
  for (let i = 0; i < y.length; i++) {
    if (!use(i) || Number.isNaN(y[i])) continue;
    const k = keyOf(keys[i]);
    sum.set(k, (sum.get(k) ?? 0) + y[i]);
    cnt.set(k, (cnt.get(k) ?? 0) + 1);
    total += y[i];
    n++;
  }
  const prior = n ? total / n : NaN;
  const mapping = new Map<Key, number>();
  for (const [k, s] of sum) mapping.set(k, (s + m * prior) / (cnt.get(k)! + m));
  return { prior, mapping };
}

function resolveTarget(frame: Frame, spec: StepOf<'target_encode'>, ctx: OpContext) {
  const target = spec.target ?? ctx.target;
  if (!target) throw stepError(ctx.ref, 'no target: give target: <column> (or set the cell target)');
  if (spec.columns.includes(target)) throw stepError(ctx.ref, `column "${target}" is the target; it cannot encode itself`, target);
  const y = requireColumn(frame, target, ctx.ref, ['number']).values as Float64Array;
  return { target, y };
}

export const targetEncode: StepOp<StepOf<'target_encode'>, TargetEncodeFitted> = {
  fit(frame, spec, ctx) {
    const { target, y } = resolveTarget(frame, spec, ctx);
    const m = spec.smoothing ?? 1;
    let prior = NaN;
    const columns = spec.columns.map((name) => {
      const keys = requireColumn(frame, name, ctx.ref, ['string', 'number']).values as ArrayLike<Key>;
      const fitted = learn(keys, y, () => true, m);
      prior = fitted.prior;
      return { name, mapping: [...fitted.mapping].map(([k, v]): [Key, number | null] => [k, toJsonNumber(v)]) };
    });
    return { op: 'target_encode', target, smoothing: m, prior: toJsonNumber(prior), columns };
  },
  fitApply(frame, spec, ctx) {
    const fitted = targetEncode.fit(frame, spec, ctx);
    const { y } = resolveTarget(frame, spec, ctx);
    const n = frame.rows;
    const k = Math.min(spec.folds ?? 5, n);
    // sklearn KFold layout over a seeded permutation: the first n % k folds get one extra row.
    const fold = new Int32Array(n);
    const perm = permutation(n, stepRandom(ctx));
    let pos = 0;
    for (let f = 0; f < k; f++) {
      const size = Math.floor(n / k) + (f < n % k ? 1 : 0);
      for (let j = 0; j < size; j++) fold[perm[pos++]] = f;
    }
    const columns = fitted.columns.map(({ name }) => {
      const keys = requireColumn(frame, name, ctx.ref).values as ArrayLike<Key>;
      const out = new Float64Array(n);
      for (let f = 0; f < k; f++) {
        const { prior, mapping } = learn(keys, y, (i) => fold[i] !== f, fitted.smoothing);
        for (let i = 0; i < n; i++) if (fold[i] === f) out[i] = mapping.get(keyOf(keys[i])) ?? prior;
      }
      return numberCol(name, out);
    });
    return { fitted, frame: replaceColumns(frame, columns) };
  },
  apply(frame, fitted, ref) {
    const prior = fromJsonNumber(fitted.prior);
    return replaceColumns(
      frame,
      fitted.columns.map(({ name, mapping }) => {
        const keys = requireColumn(frame, name, ref, ['string', 'number']).values as ArrayLike<Key>;
        const map = new Map<Key, number>(mapping.map(([k, v]) => [k, fromJsonNumber(v)]));
        return numberCol(name, Float64Array.from({ length: frame.rows }, (_, i) => map.get(keyOf(keys[i])) ?? prior));
      }),
    );
  },
};
