// Tests for the calibrator entry points and the stored-state parser.
import { describe, expect, it } from 'vitest';
import { applyCalibrator, fitCalibrator } from './calibrator.ts';
import { CalibrationError } from './input.ts';
import { parseCalibrationState } from './state.ts';
import { F30, Y30 } from './test-data.ts';

describe('fitCalibrator / applyCalibrator', () => {
  it('fits either method; the state survives JSON and parses back to the same predictions', () => {
    for (const method of ['platt', 'isotonic'] as const) {
      const st = fitCalibrator(method, F30, Y30);
      expect(st.kind).toBe(method);
      const restored = parseCalibrationState(JSON.parse(JSON.stringify(st)));
      expect(applyCalibrator(restored, F30)).toEqual(applyCalibrator(st, F30));
    }
  });
  it('isotonic via the entry matches sklearn at an in-between score', () => {
    const p = applyCalibrator(fitCalibrator('isotonic', F30, Y30), [1.0]);
    expect(p[0]).toBeCloseTo(0.9192546583850931, 15);
  });
  it('rejects non-binary labels and unknown methods', () => {
    expect(() => fitCalibrator('isotonic', [0.1, 0.2], [0, 0.5])).toThrow(/y\[1\] is 0.5; labels must be 0 or 1/);
    expect(() => fitCalibrator('beta' as never, [0.1], [0])).toThrow(/unknown method "beta"/);
  });
  it('says where a stored state is broken', () => {
    expect(() => parseCalibrationState({ kind: 'isotonic', x: [0, 0], y: [0, 1] })).toThrow(
      /not valid at x: must be strictly increasing/,
    );
    expect(() => parseCalibrationState({ kind: 'isotonic', x: [0, 1], y: [1, 0] })).toThrow(/at y: must be non-decreasing/);
    expect(() => parseCalibrationState({ kind: 'platt', a: 'x', b: 0 })).toThrow(CalibrationError);
    expect(() => parseCalibrationState({ kind: 'spline' })).toThrow(/not valid/);
  });
});
