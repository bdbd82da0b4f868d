// Draws a figure into a div with lazily loaded Plotly: Plotly.react on every figure change (one chart
// per task, see draw-queue.ts), resize with the container, purge on unmount.
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { PlotlyApi } from 'plotly.js-cartesian-dist-min';
import { drawSoon } from './draw-queue';
import { loadPlotly } from './plotly-loader';
import type { PlotlyFigure } from './plotly-figure';

export type PlotlyStatus = { status: 'loading' } | { status: 'ready' } | { status: 'error'; message: string };

export function usePlotly(ref: RefObject<HTMLDivElement | null>, figure: PlotlyFigure | null): PlotlyStatus {
  const [plotly, setPlotly] = useState<PlotlyApi | null>(null);
  const [error, setError] = useState<string | null>(null);
  const drawn = useRef(false);

  useEffect(() => {
    let live = true;
    loadPlotly().then(
      (p) => live && setPlotly(() => p),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    const el = ref.current;
    if (!plotly || !el || !figure) return;
    return drawSoon(() => {
      drawn.current = true;
      void plotly.react(el, figure.data, figure.layout, figure.config);
    });
  }, [plotly, figure, ref]);

  useEffect(() => {
    const el = ref.current;
    if (!plotly || !el || typeof ResizeObserver === 'undefined') return;
    let frame = 0;
    const ro = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => drawn.current && void plotly.Plots.resize(el));
    });
    ro.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      ro.disconnect();
      if (drawn.current) plotly.purge(el);
      drawn.current = false;
    };
  }, [plotly, ref]);

  if (error) return { status: 'error', message: error };
  return plotly ? { status: 'ready' } : { status: 'loading' };
}
