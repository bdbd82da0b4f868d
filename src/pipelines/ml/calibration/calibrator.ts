// One entry for calibrating a binary classifier's scores: fit a method on held-out scores and
// labels, keep the serializable state, apply it at scoring time.
import { applyIsotonic, fitIsotonic } from './isotonic.ts';
import { CalibrationError } from './input.ts';
import { applyPlatt, fitPlatt } from './platt.ts';
import type { CalibrationState } from './state.ts';

export type CalibrationMethod = CalibrationState['kind'];

/** Fit 'platt' (sklearn method='sigmoid') or 'isotonic' on held-out scores and 0/1 labels. */
export function fitCalibrator(method: CalibrationMethod, scores: ArrayLike<number>, y: ArrayLike<number>): CalibrationState {
  switch (method) {
    case 'platt':
      return fitPlatt(scores, y);
    case 'isotonic': {
      for (let i = 0; i < y.length; i++) {
        if (y[i] !== 0 && y[i] !== 1) throw new CalibrationError(`fitCalibrator (isotonic): y[${i}] is ${y[i]}; labels must be 0 or 1`);
      }
      return fitIsotonic(scores, y);
    }
    default: {
      const never: never = method;
      throw new CalibrationError(`fitCalibrator: unknown method "${never}"; use platt or isotonic`);
    }
  }
}

/** Calibrated P(y = 1) for each score. */
export function applyCalibrator(state: CalibrationState, scores: ArrayLike<number>): Float64Array {
  switch (state.kind) {
    case 'platt':
      return applyPlatt(state, scores);
    case 'isotonic':
      return applyIsotonic(state, scores);
    default: {
      const never: never = state;
      throw new CalibrationError(`applyCalibrator: unknown state kind "${(never as { kind: string }).kind}"`);
    }
  }
}
