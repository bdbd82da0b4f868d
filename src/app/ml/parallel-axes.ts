// Parallel coordinates for tuning trials without Plotly's parcoords (which needs eval, refused by
// our CSP): one vertical axis per parameter and one for the score, one polyline per trial.
import { formatParam, type Trial } from './trials';

export interface ParallelAxis {
  name: string;
  x: number;
  /** Tick labels from bottom to top. */
  ticks: { y: number; label: string }[];
}

export interface ParallelLine {
  trial: number;
  points: string;
  /** 0 (worst) … 1 (best), for colouring. */
  quality: number;
}

function axisOf(values: unknown[]): { pos: (v: unknown) => number; ticks: { pos: number; label: string }[] } {
  if (values.every((v) => typeof v === 'number' && Number.isFinite(v))) {
    const nums = values as number[];
    const min = Math.min(...nums);
    const max = Math.max(...nums);
    const span = max - min || 1;
    return { pos: (v) => ((v as number) - min) / span, ticks: [{ pos: 0, label: formatParam(min) }, { pos: 1, label: formatParam(max) }] };
  }
  const cats = [...new Set(values.map(formatParam))].sort();
  const at = (i: number) => (cats.length === 1 ? 0.5 : i / (cats.length - 1));
  return { pos: (v) => at(cats.indexOf(formatParam(v))), ticks: cats.map((label, i) => ({ pos: at(i), label })) };
}

export function parallelAxes(trials: readonly Trial[], params: string[], metric: string, higherIsBetter: boolean, width: number, height: number) {
  const names = [...params, metric];
  const columns = names.map((n, j) => (j < params.length ? trials.map((t) => t.params[n]) : trials.map((t) => t.score)));
  const scales = columns.map(axisOf);
  const x = (j: number) => (names.length === 1 ? width / 2 : (j / (names.length - 1)) * width);
  const y = (p: number) => height - p * height;
  const axes: ParallelAxis[] = names.map((name, j) => ({ name, x: x(j), ticks: scales[j].ticks.map((t) => ({ y: y(t.pos), label: t.label })) }));
  const scorePos = scales[names.length - 1].pos;
  const lines: ParallelLine[] = trials.map((t, i) => {
    const q = scorePos(t.score);
    return {
      trial: t.trial,
      points: names.map((_, j) => `${x(j).toFixed(1)},${y(scales[j].pos(columns[j][i])).toFixed(1)}`).join(' '),
      quality: higherIsBetter ? q : 1 - q,
    };
  });
  return { axes, lines };
}
