// Checks shared by the calibrators: scores and labels one per row, finite, labels 0/1.

/** Calibration inputs the caller must fix, or a calibration state that is not valid. */
export class CalibrationError extends Error {
  override name = 'CalibrationError';
}

export function checkScores(method: string, name: string, scores: ArrayLike<number>): void {
  for (let i = 0; i < scores.length; i++) {
    if (!Number.isFinite(scores[i])) {
      throw new CalibrationError(`${method}: ${name}[${i}] is ${scores[i]}; drop or impute rows with missing scores`);
    }
  }
}

export function checkFitInput(method: string, scores: ArrayLike<number>, y: ArrayLike<number>, binary: boolean): void {
  if (scores.length === 0) throw new CalibrationError(`${method}: no rows to fit on; pass at least one score`);
  if (scores.length !== y.length) {
    throw new CalibrationError(
      `${method}: scores has ${scores.length} rows but y has ${y.length}; pass one label per score`,
    );
  }
  checkScores(method, 'scores', scores);
  for (let i = 0; i < y.length; i++) {
    const v = y[i];
    if (binary ? v !== 0 && v !== 1 : !Number.isFinite(v)) {
      throw new CalibrationError(`${method}: y[${i}] is ${v}; ${binary ? 'labels must be 0 or 1' : 'targets must be finite'}`);
    }
  }
}
