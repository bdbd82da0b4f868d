// Compiling a fitted step to DuckDB SQL, so row-wise steps can run inside the database at scoring time.

import { TransformError } from './errors.ts';
import type { StepOp } from './op.ts';
import { opFor, type FittedStep } from './registry.ts';
import { SqlColumnMissing } from './sql-text.ts';
import { transformOps, type TransformOp, type TransformStep } from './schema.ts';

/**
 * The SELECT list (`expr AS "name", …`, in the order apply() gives) that computes the step from a
 * table with `inputColumns`, or null when the step is not a row-wise map (knn/ffill/bfill impute,
 * outlier drop, target encoding, PCA, lags, rolling, balance) or has no SQL equivalent
 * (one_hot with handle_unknown: error). Use as `SELECT <list> FROM <input>`.
 */
export function stepToSql(fitted: FittedStep, inputColumns: string[], index = 0): string | null {
  if (!(transformOps as readonly string[]).includes(fitted.op)) {
    throw new TransformError(index, String(fitted.op), `unknown op "${String(fitted.op)}"`);
  }
  const impl = opFor(fitted.op as TransformOp) as unknown as StepOp<TransformStep, FittedStep>;
  try {
    return impl.toSql ? impl.toSql(fitted, inputColumns) : null;
  } catch (e) {
    if (!(e instanceof SqlColumnMissing)) throw e;
    const detail = `column "${e.column}" not found; the table has: ${inputColumns.join(', ')}`;
    throw new TransformError(index, fitted.op, detail, e.column);
  }
}
