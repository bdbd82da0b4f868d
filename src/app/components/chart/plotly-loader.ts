// Plotly (the cartesian bundle, ≈1.5 MB) is loaded on first use only, never in the initial bundle; one
// shared promise.
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
 * Loads Plotly once the page has been idle, with nothing running, for a couple of seconds, so the first
 * chart does not pay its ~0.3 s of evaluation just as a result appears (typically right after training).
 * The quiet spell keeps the evaluation out of a run the user starts right after opening the notebook.
 * Returns a cancel function.
 */
export function warmPlotlyWhenIdle(busy: () => boolean, quietMs = 2000): () => void {
  if (typeof requestIdleCallback !== 'function') return () => {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  const idle = requestIdleCallback(
    () => {
      if (busy()) return;
      timer = setTimeout(() => {
        if (!busy()) void loadPlotly().catch(() => undefined);
      }, quietMs);
    },
    { timeout: 4000 },
  );
  return () => {
    cancelIdleCallback(idle);
    clearTimeout(timer);
  };
}
