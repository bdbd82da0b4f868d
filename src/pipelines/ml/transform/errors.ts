// The one error type of transform steps: says which step (index and op), which column, and what to do.

export class TransformError extends Error {
  override name = 'TransformError';
  constructor(
    /** Position of the step in the `steps` list. */
    readonly step: number,
    /** The step's `op`, or the raw value when the op itself is unknown. */
    readonly op: string,
    /** What is wrong (without the step prefix). */
    readonly detail: string,
    /** The column concerned, when there is one. */
    readonly column?: string,
  ) {
    super(`steps[${step}] (${op}): ${detail}`);
  }
}

/** Where a step sits in its pipeline; every op carries it so its errors can say so. */
export interface StepRef {
  index: number;
  op: string;
}

export function stepError(ref: StepRef, detail: string, column?: string): TransformError {
  return new TransformError(ref.index, ref.op, detail, column);
}
