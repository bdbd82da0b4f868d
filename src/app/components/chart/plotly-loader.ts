// Plotly (≈4.7 MB) is loaded on first use only, never in the initial bundle; one shared promise.
import type { PlotlyApi } from 'plotly.js-cartesian-dist-min';

let loading: Promise<PlotlyApi> | null = null;

export function loadPlotly(): Promise<PlotlyApi> {
  loading ??= import('plotly.js-cartesian-dist-min').then(
    (mod) => ((mod as { default?: PlotlyApi }).default ?? (mod as unknown as PlotlyApi)),
    (e: unknown) => {
      loading = null; // allow a later retry
      throw e;
    },
  );
  return loading;
}
