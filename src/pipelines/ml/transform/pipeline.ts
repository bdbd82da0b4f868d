// Running a transform cell's steps: validate each spec, fit in order on the training rows (each step
// sees the previous one's training output), and apply the fitted list unchanged to any other rows.

import type { Frame } from '../frame.ts';
import { TransformError, type StepRef } from './errors.ts';
import type { StepOp } from './op.ts';
import { opFor, type FittedStep } from './registry.ts';
import { transformOps, transformStepSchema, type FitContext, type TransformOp, type TransformStep } from './schema.ts';

function opName(raw: unknown): string {
  return raw && typeof raw === 'object' && 'op' in raw ? String((raw as { op: unknown }).op) : '?';
}

function checkOp(op: string, index: number): asserts op is TransformOp {
  if (!(transformOps as readonly string[]).includes(op)) {
    throw new TransformError(index, op, `unknown op "${op}"; expected one of: ${transformOps.join(', ')}`);
  }
}

/** Validates one raw step (as read from YAML/JSON); errors name the step, op and key path. */
export function parseStep(raw: unknown, index = 0): TransformStep {
  const op = opName(raw);
  if (op === '?') throw new TransformError(index, op, 'a step needs an op, e.g. { op: scale, columns: [x] }');
  checkOp(op, index);
  const r = transformStepSchema.safeParse(raw);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const path = issue.path.join('.');
  throw new TransformError(index, op, path ? `${path}: ${issue.message}` : issue.message, undefined);
}

export interface FitStepResult {
  fitted: FittedStep;
  /** The step's output on the training rows (for target_encode and balance it differs from apply()). */
  frame: Frame;
}

/** Fits one step and returns its training output too. */
export function fitStep(frame: Frame, spec: TransformStep, ctx: FitContext, index = 0): FitStepResult {
  const step = parseStep(spec, index);
  const ref: StepRef = { index, op: step.op };
  const impl = opFor(step.op) as unknown as StepOp<TransformStep, FittedStep>;
  const opCtx = { ...ctx, ref };
  if (impl.fitApply) return impl.fitApply(frame, step, opCtx);
  const fitted = impl.fit(frame, step, opCtx);
  return { fitted, frame: impl.apply(frame, fitted, ref) };
}

export function applyStep(frame: Frame, fitted: FittedStep, index = 0): Frame {
  const op = opName(fitted);
  checkOp(op, index);
  const impl = opFor(op) as unknown as StepOp<TransformStep, FittedStep>;
  return impl.apply(frame, fitted, { index, op });
}

/** Fits `steps` in order on the training frame; `frame` is the transformed training data. */
export function fitPipeline(frame: Frame, steps: readonly TransformStep[], ctx: FitContext): { fitted: FittedStep[]; frame: Frame } {
  const fitted: FittedStep[] = [];
  let current = frame;
  steps.forEach((spec, i) => {
    const r = fitStep(current, spec, ctx, i);
    fitted.push(r.fitted);
    current = r.frame;
  });
  return { fitted, frame: current };
}

/** Applies fitted steps (e.g. read back from JSON) to validation, test or scoring rows. */
export function applyPipeline(frame: Frame, fitted: readonly FittedStep[]): Frame {
  return fitted.reduce((f, step, i) => applyStep(f, step, i), frame);
}
