// The serialized form of a fitted calibrator (stored with a model version): one zod schema per
// method, the single source of the state types, and a parser that says what is wrong.
import { z } from 'zod';
import { CalibrationError } from './input.ts';

export const plattStateSchema = z.strictObject({
  kind: z.literal('platt'),
  a: z.number(),
  b: z.number(),
});

export const isotonicStateSchema = z
  .strictObject({
    kind: z.literal('isotonic'),
    /** Strictly increasing score thresholds. */
    x: z.array(z.number()).min(1),
    /** Non-decreasing calibrated value at each threshold. */
    y: z.array(z.number()).min(1),
  })
  .refine((s) => s.x.length === s.y.length, { message: 'x and y must have the same length', path: ['y'] })
  .refine((s) => s.x.every((v, i) => i === 0 || v > s.x[i - 1]), { message: 'must be strictly increasing', path: ['x'] })
  .refine((s) => s.y.every((v, i) => i === 0 || v >= s.y[i - 1]), { message: 'must be non-decreasing', path: ['y'] });

export const calibrationStateSchema = z.discriminatedUnion('kind', [plattStateSchema, isotonicStateSchema]);

export type PlattState = z.infer<typeof plattStateSchema>;
export type IsotonicState = z.infer<typeof isotonicStateSchema>;
export type CalibrationState = z.infer<typeof calibrationStateSchema>;

/** Validate a stored state (e.g. read back from JSON) before applying it. */
export function parseCalibrationState(raw: unknown): CalibrationState {
  const r = calibrationStateSchema.safeParse(raw);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const where = issue.path.length > 0 ? issue.path.join('.') : '(root)';
  throw new CalibrationError(
    `calibration state is not valid at ${where}: ${issue.message}; refit the calibrator or restore the stored state`,
  );
}
