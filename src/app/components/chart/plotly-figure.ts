// ChartData (from the chart cell) → Plotly traces, layout and config. Pure, so it is tested
// without Plotly or a DOM; the histogram arrives already binned and is drawn as touching bars.
// Scatter uses SVG 'scatter', not WebGL 'scattergl': regl compiles with Function(), which the
// page's CSP (no 'unsafe-eval') forbids.
import type { ChartData, ChartTrace } from '../../../pipelines/data/chart-data';
import { chartPalettes, type ChartPalette, type ThemeName } from './chart-theme';

export type PlotlyTrace = Record<string, unknown>;

export interface PlotlyFigure {
  data: PlotlyTrace[];
  layout: Record<string, unknown>;
  config: Record<string, unknown>;
}

function numericGap(xs: readonly unknown[]): number | undefined {
  const nums = xs.filter((v): v is number => typeof v === 'number');
  if (nums.length < 2) return undefined;
  let gap = Infinity;
  for (let i = 1; i < nums.length; i++) gap = Math.min(gap, Math.abs(nums[i] - nums[i - 1]));
  return Number.isFinite(gap) && gap > 0 ? gap : undefined;
}

function traceFor(type: ChartData['type'], tr: ChartTrace, multi: boolean, palette: ChartPalette): PlotlyTrace {
  const base = { name: tr.name, showlegend: multi };
  switch (type) {
    case 'bar':
      return { ...base, type: 'bar', x: tr.x, y: tr.y };
    case 'line':
      return { ...base, type: 'scatter', mode: 'lines', x: tr.x, y: tr.y, line: { width: 2 } };
    case 'scatter':
      return { ...base, type: 'scatter', mode: 'markers', x: tr.x, y: tr.y, marker: { size: 6, opacity: 0.75 } };
    case 'histogram': {
      const width = numericGap(tr.x);
      return { ...base, type: 'bar', x: tr.x, y: tr.y, ...(width ? { width } : {}), opacity: multi ? 0.6 : 0.9 };
    }
    case 'box':
      return tr.box
        ? { ...base, type: 'box', x: tr.x, q1: tr.box.q1, median: tr.box.median, q3: tr.box.q3, lowerfence: tr.box.lowerfence, upperfence: tr.box.upperfence, boxpoints: false }
        : { ...base, type: 'box', x: tr.x.length ? tr.x : undefined, y: tr.y, boxpoints: 'outliers' };
    case 'heatmap':
      return { ...base, type: 'heatmap', x: tr.x, y: tr.y, z: tr.z ?? [], colorscale: palette.heat, hoverongaps: false, colorbar: { thickness: 10, outlinewidth: 0, tickfont: { color: palette.muted } } };
    default: {
      const never: never = type;
      throw new Error(`Unknown chart type ${String(never)}`);
    }
  }
}

export function axis(title: string | undefined, palette: ChartPalette): Record<string, unknown> {
  return {
    title: title ? { text: title, font: { size: 12, color: palette.muted } } : undefined,
    gridcolor: palette.grid,
    zerolinecolor: palette.zero,
    linecolor: palette.grid,
    tickfont: { size: 11, color: palette.muted },
    automargin: true,
  };
}

export function baseLayout(palette: ChartPalette): Record<string, unknown> {
  return {
    autosize: true,
    paper_bgcolor: 'rgba(0,0,0,0)',
    plot_bgcolor: 'rgba(0,0,0,0)',
    font: { family: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif', size: 12, color: palette.text },
    colorway: palette.colorway,
    margin: { l: 48, r: 16, t: 28, b: 40 },
    legend: { orientation: 'h', x: 0, y: 1.02, yanchor: 'bottom', font: { size: 11 } },
    hoverlabel: { bgcolor: palette.hoverBg, bordercolor: palette.grid, font: { color: palette.text } },
  };
}

export const plotlyConfig: Record<string, unknown> = {
  responsive: true,
  displaylogo: false,
  displayModeBar: 'hover',
  modeBarButtonsToRemove: ['select2d', 'lasso2d', 'autoScale2d', 'toggleSpikelines', 'hoverClosestCartesian', 'hoverCompareCartesian', 'sendDataToCloud'],
  toImageButtonOptions: { format: 'png', scale: 2 },
};

export function plotlyFigure(chart: ChartData, theme: ThemeName): PlotlyFigure {
  const palette = chartPalettes[theme];
  const multi = chart.traces.length > 1;
  const data = chart.traces.map((tr) => traceFor(chart.type, tr, multi, palette));
  const layout: Record<string, unknown> = {
    ...baseLayout(palette),
    xaxis: axis(chart.xLabel, palette),
    yaxis: axis(chart.yLabel, palette),
    ...(chart.type === 'histogram' ? { bargap: 0.04, barmode: multi ? 'overlay' : 'group' } : {}),
    ...(chart.type === 'box' && multi ? { boxmode: 'group' } : {}),
  };
  return { data, layout, config: plotlyConfig };
}

/** Live training curves: one line per series, x = epoch (1-based). */
export function lossFigure(series: Record<string, readonly number[]>, theme: ThemeName, labels: { x: string; y: string }): PlotlyFigure {
  const palette = chartPalettes[theme];
  const names = Object.keys(series);
  const data = names.map((name) => ({ type: 'scatter', mode: 'lines', name, x: series[name].map((_, i) => i + 1), y: [...series[name]], line: { width: 2 }, showlegend: names.length > 1 }));
  return {
    data,
    layout: { ...baseLayout(palette), margin: { l: 44, r: 12, t: 24, b: 36 }, xaxis: axis(labels.x, palette), yaxis: axis(labels.y, palette) },
    config: { ...plotlyConfig, displayModeBar: false, staticPlot: false },
  };
}
