// ML figures: the traces that reach Plotly, checked value by value on small hand-made inputs.
import { describe, expect, it } from 'vitest';
import { confusionFigure, contributionsFigure, curvesFigure, scatterFigure, trialsScatterFigure } from './figures';

describe('curvesFigure', () => {
  it('overlays one line per model and adds the diagonal only when asked', () => {
    const lines = [{ name: 'm1', x: [0, 0.5, 1], y: [0, 0.8, 1] }, { name: 'm2', x: [0, 1], y: [0, 1] }];
    const roc = curvesFigure(lines, 'light', { x: 'FPR', y: 'TPR', diagonal: 'chance' });
    expect(roc.data.map((d) => d.name)).toEqual(['m1', 'm2', 'chance']);
    expect(roc.data[2].x).toEqual([0, 1]);
    expect(curvesFigure(lines, 'light', { x: 'R', y: 'P' }).data).toHaveLength(2);
  });
});

describe('confusionFigure', () => {
  it('labels rows and columns by class and prints counts, actual top to bottom', () => {
    const f = confusionFigure([[5, 1], [2, 7]], ['no', 'yes'], 'light', { x: 'Predicted', y: 'Actual' });
    expect(f.data[0].x).toEqual(['no', 'yes']);
    expect(f.data[0].z).toEqual([[5, 1], [2, 7]]);
    expect(f.data[0].texttemplate).toBe('%{z}');
    expect((f.layout.yaxis as { autorange: string }).autorange).toBe('reversed');
  });
});

describe('scatterFigure', () => {
  it('draws y = x over the range of predictions, or y = 0 for residuals', () => {
    const s = [{ name: 'm', x: [1, 4, 2], y: [1.5, 3, 2] }];
    expect(scatterFigure(s, 'light', { x: 'p', y: 'a' }, 'identity').data[1]).toMatchObject({ x: [1, 4], y: [1, 4] });
    expect(scatterFigure(s, 'light', { x: 'p', y: 'r' }, 'zero').data[1]).toMatchObject({ x: [1, 4], y: [0, 0] });
  });
});

describe('contributionsFigure', () => {
  it('walks expected value → contributions → rest → prediction as floating bars', () => {
    const f = contributionsFigure({ expected: 0.2, contributions: [{ name: 'age', shap: 0.3 }, { name: 'fare', shap: -0.1 }], rest: 0.05, prediction: 0.45 }, 'light', { expected: 'E', rest: 'rest', prediction: 'P', x: 'out' });
    expect(f.data[0]).toMatchObject({ type: 'bar', orientation: 'h' });
    expect(f.data[0].y).toEqual(['E', 'age', 'fare', 'rest', 'P']);
    expect(f.data[0].x).toEqual([0.2, 0.3, -0.1, 0.05, 0.45]);
    // Each step starts where the previous ended: 0.2 → 0.5 → 0.4 → 0.45; the ends sit on zero.
    const base = f.data[0].base as number[];
    [0, 0.2, 0.5, 0.4, 0].forEach((b, i) => expect(base[i]).toBeCloseTo(b, 12));
    const colors = (f.data[0].marker as { color: string[] }).color;
    expect(colors[0]).toBe(colors[4]);
    expect(colors[1]).not.toBe(colors[2]);
  });
  it('leaves out a zero remainder', () => {
    const f = contributionsFigure({ expected: 1, contributions: [{ name: 'x', shap: 1 }], rest: 0, prediction: 2 }, 'light', { expected: 'E', rest: 'rest', prediction: 'P', x: 'out' });
    expect(f.data[0].y).toEqual(['E', 'x', 'P']);
  });
});

describe('tuning figures', () => {
  const trials = [
    { trial: 1, score: 0.8, params: { depth: 3, loss: 'l2' } },
    { trial: 2, score: 0.9, params: { depth: 5, loss: 'l1' } },
    { trial: 3, score: NaN, params: { depth: 4, loss: 'l2' } },
  ];
  it('scatter fallback marks the best trial', () => {
    const f = trialsScatterFigure(trials, 2, 'dark', { x: 'trial', y: 'score', best: 'best' });
    expect(f.data[0].x).toEqual([1, 2, 3]);
    expect(f.data[1]).toMatchObject({ x: [2], y: [0.9], name: 'best' });
  });
});
