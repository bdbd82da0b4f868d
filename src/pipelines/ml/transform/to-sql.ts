// Compiling a fitted step to DuckDB SQL, so row-wise steps can run inside the database at scoring time.

import { TransformError } from './errors.ts';
import type { StepOp } from './op.ts';
import { opFor, type FittedStep } from './registry.ts';
import { transformOps, type TransformOp, type TransformStep } from './schema.ts';

/**
 * The SELECT list (`expr AS "name", …`, in the order apply() gives) that computes the step from a
 * table with `inputColumns`, or null when the step is not a row-wise map (knn/ffill/bfill impute,
 * outlier drop, target encoding, PCA, lags, rolling, balance) or has no SQL equivalent
 * (one_hot with handle_unknown: error). Use as `SELECT <list> FROM <input>`.
 */
export function stepToSql(fitted: FittedStep, inputColumns: string[]): string | null {
  if (!(transformOps as readonly string[]).includes(fitted.op)) {
    throw new TransformError(0, String(fitted.op), `unknown op "${String(fitted.op)}"`);
  }
  const impl = opFor(fitted.op as TransformOp) as unknown as StepOp<TransformStep, FittedStep>;
  return impl.toSql ? impl.toSql(fitted, inputColumns) : null;
}
