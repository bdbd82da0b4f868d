// Plotly figures for ML outputs (importance, curves, confusion matrix, scatter, tuning trials,
// per-row contributions). Pure: data and labels in, traces and layout out, tested without Plotly.
import { axis, baseLayout, plotlyConfig, type PlotlyFigure, type PlotlyTrace } from '../components/chart/plotly-figure';
import { chartPalettes, type ThemeName } from '../components/chart/chart-theme';

export interface Line {
  name: string;
  x: readonly number[];
  y: readonly number[];
}

const compactConfig = { ...plotlyConfig, displayModeBar: false };

function layout(theme: ThemeName, x: string, y: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const palette = chartPalettes[theme];
  return { ...baseLayout(palette), margin: { l: 48, r: 16, t: 28, b: 40 }, xaxis: axis(x, palette), yaxis: axis(y, palette), ...extra };
}

/** Curves of several models on one plot (ROC, PR, calibration); `diagonal` adds the y = x reference. */
export function curvesFigure(lines: readonly Line[], theme: ThemeName, labels: { x: string; y: string; diagonal?: string }): PlotlyFigure {
  const palette = chartPalettes[theme];
  const data: PlotlyTrace[] = lines.map((l) => ({ type: 'scatter', mode: 'lines', name: l.name, x: [...l.x], y: [...l.y], line: { width: 2 } }));
  if (labels.diagonal) data.push({ type: 'scatter', mode: 'lines', name: labels.diagonal, x: [0, 1], y: [0, 1], line: { width: 1, dash: 'dash', color: palette.muted }, hoverinfo: 'skip' });
  const range = { range: [0, 1.02] };
  const l = layout(theme, labels.x, labels.y);
  return { data, layout: { ...l, xaxis: { ...(l.xaxis as object), ...range }, yaxis: { ...(l.yaxis as object), ...range } }, config: compactConfig };
}

/** Counts by actual (rows, top to bottom) × predicted (columns), each cell labelled with its count. */
export function confusionFigure(matrix: readonly (readonly number[])[], classLabels: readonly string[], theme: ThemeName, labels: { x: string; y: string }): PlotlyFigure {
  const palette = chartPalettes[theme];
  const names = matrix.map((_, i) => classLabels[i] ?? String(i));
  const trace: PlotlyTrace = {
    type: 'heatmap',
    x: names,
    y: names,
    z: matrix.map((r) => [...r]),
    colorscale: palette.heat,
    texttemplate: '%{z}',
    hovertemplate: `${labels.y}: %{y}<br>${labels.x}: %{x}<br>%{z}<extra></extra>`,
    showscale: false,
  };
  const l = layout(theme, labels.x, labels.y);
  return { data: [trace], layout: { ...l, xaxis: { ...(l.xaxis as object), type: 'category', side: 'bottom' }, yaxis: { ...(l.yaxis as object), type: 'category', autorange: 'reversed' } }, config: compactConfig };
}

/** Point clouds of several models; `reference` adds y = x (predicted vs actual) or y = 0 (residuals). */
export function scatterFigure(series: readonly Line[], theme: ThemeName, labels: { x: string; y: string }, reference: 'identity' | 'zero'): PlotlyFigure {
  const palette = chartPalettes[theme];
  const data: PlotlyTrace[] = series.map((s) => ({ type: 'scatter', mode: 'markers', name: s.name, x: [...s.x], y: [...s.y], marker: { size: 5, opacity: 0.6 } }));
  const xs = series.flatMap((s) => [...s.x]).filter(Number.isFinite);
  if (xs.length) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of xs) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    data.push({ type: 'scatter', mode: 'lines', x: [lo, hi], y: reference === 'identity' ? [lo, hi] : [0, 0], line: { width: 1, dash: 'dash', color: palette.muted }, hoverinfo: 'skip', showlegend: false });
  }
  return { data, layout: { ...layout(theme, labels.x, labels.y), showlegend: series.length > 1 }, config: compactConfig };
}

/**
 * Expected value → each contribution → prediction, as a horizontal waterfall (first step on top), drawn
 * with floating bars (bar + base): our Plotly bundle has no waterfall trace.
 */
export function contributionsFigure(
  steps: { expected: number; contributions: readonly { name: string; shap: number }[]; rest: number; prediction: number },
  theme: ThemeName,
  labels: { expected: string; rest: string; prediction: string; x: string },
): PlotlyFigure {
  const palette = chartPalettes[theme];
  const moves = [...steps.contributions.map((c) => ({ name: c.name, value: c.shap })), ...(steps.rest !== 0 ? [{ name: labels.rest, value: steps.rest }] : [])];
  const names = [labels.expected, ...moves.map((m) => m.name), labels.prediction];
  const x = [steps.expected, ...moves.map((m) => m.value), steps.prediction];
  const base: number[] = [0];
  let running = steps.expected;
  for (const m of moves) {
    base.push(running);
    running += m.value;
  }
  base.push(0);
  const color = x.map((v, i) => (i === 0 || i === x.length - 1 ? palette.muted : v >= 0 ? palette.colorway[3] : palette.colorway[0]));
  const trace: PlotlyTrace = {
    type: 'bar',
    orientation: 'h',
    y: names,
    x,
    base,
    marker: { color },
    customdata: x,
    hovertemplate: '%{y}: %{customdata:.4g}<extra></extra>',
  };
  const l = layout(theme, labels.x, '', { showlegend: false, margin: { l: 8, r: 16, t: 12, b: 40 } });
  return { data: [trace], layout: { ...l, yaxis: { ...(l.yaxis as object), autorange: 'reversed', type: 'category', automargin: true } }, config: compactConfig };
}

export interface TrialPoint {
  trial: number;
  score: number;
  params: Record<string, unknown>;
}

/** Score by trial, the best trial marked (when there are no parameters to draw parallel axes for). */
export function trialsScatterFigure(trials: readonly TrialPoint[], best: number | null, theme: ThemeName, labels: { x: string; y: string; best: string }): PlotlyFigure {
  const palette = chartPalettes[theme];
  const text = trials.map((t) => Object.entries(t.params).map(([k, v]) => `${k}=${String(v)}`).join('<br>'));
  const data: PlotlyTrace[] = [
    { type: 'scatter', mode: 'markers', name: labels.y, x: trials.map((t) => t.trial), y: trials.map((t) => t.score), text, hovertemplate: '#%{x}: %{y:.4g}<br>%{text}<extra></extra>', marker: { size: 7, color: palette.colorway[0] } },
  ];
  const b = trials.find((t) => t.trial === best);
  if (b) data.push({ type: 'scatter', mode: 'markers', name: labels.best, x: [b.trial], y: [b.score], marker: { size: 13, symbol: 'star', color: palette.colorway[1] }, hoverinfo: 'skip' });
  return { data, layout: layout(theme, labels.x, labels.y), config: compactConfig };
}
