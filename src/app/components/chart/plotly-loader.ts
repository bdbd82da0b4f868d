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

/**
 * Loads Plotly in an idle moment while nothing runs, so the first chart does not pay its ~0.3 s of
 * evaluation just as a result appears (typically right after training). Returns a cancel function.
 */
export function warmPlotlyWhenIdle(busy: () => boolean): () => void {
  if (typeof requestIdleCallback !== 'function') return () => {};
  const id = requestIdleCallback(
    () => {
      if (!busy()) void loadPlotly().catch(() => undefined);
    },
    { timeout: 4000 },
  );
  return () => cancelIdleCallback(id);
}
