// What every op provides: fit on training rows to plain-JSON state, apply that state to any frame,
// and optionally a DuckDB SELECT list when the op maps each row on its own.

import type { Frame } from '../frame.ts';
import type { StepRef } from './errors.ts';
import type { FitContext } from './schema.ts';
import { Random } from '../random.ts';

export interface OpContext extends FitContext {
  ref: StepRef;
}

export interface StepOp<S, F> {
  fit(frame: Frame, spec: S, ctx: OpContext): F;
  apply(frame: Frame, fitted: F, ref: StepRef): Frame;
  /** Only for ops whose output on the training rows differs from apply() (out-of-fold encoding, resampling). */
  fitApply?(frame: Frame, spec: S, ctx: OpContext): { fitted: F; frame: Frame };
  /** SELECT list equivalent to apply(), or null when the op is not a row-wise map. */
  toSql?(fitted: F, inputColumns: string[]): string | null;
}

/** Each step draws from its own stream of the cell seed, so adding a step doesn't reshuffle the others. */
export function stepRandom(ctx: OpContext): Random {
  return new Random(ctx.seed).fork(ctx.ref.index);
}
