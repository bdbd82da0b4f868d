// Probability calibration on the evaluation rows by two-fold cross-fitting: each half is calibrated
// by a calibrator fitted on the other half, so calibrated metrics are not scored on their own fit.
import { applyCalibrator, fitCalibrator, type CalibrationMethod } from '../calibration/calibrator';

export type { CalibrationMethod };

export function calibrate(method: CalibrationMethod, y: Float64Array, score: Float64Array): Float64Array {
  const n = y.length;
  const out = new Float64Array(n);
  const halves = [0, 1].map((h) => Array.from({ length: n }, (_, i) => i).filter((i) => i % 2 === h));
  for (const [fitOn, applyTo] of [[halves[0], halves[1]], [halves[1], halves[0]]]) {
    const state = fitCalibrator(method, fitOn.map((i) => score[i]), fitOn.map((i) => y[i]));
    const cal = applyCalibrator(state, applyTo.map((i) => score[i]));
    applyTo.forEach((row, j) => (out[row] = cal[j]));
  }
  return out;
}
