// One Plotly figure of an ML output, loaded lazily like the chart cell's, with a caption.
import { useRef } from 'react';
import type { PlotlyFigure } from '../components/chart/plotly-figure';
import { usePlotly } from '../components/chart/usePlotly';
import { Spinner } from '../components/progress/Spinner';
import { useT } from '../i18n/I18nProvider';

export function MlFigure({ figure, label, height = 260 }: { figure: PlotlyFigure | null; label: string; height?: number }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const state = usePlotly(ref, figure);
  return (
    <figure className="bt-chart ml-figure" aria-label={label} aria-busy={state.status === 'loading'}>
      <figcaption className="ml-figure-title">{label}</figcaption>
      <div ref={ref} className="bt-chart__plot" style={{ height }} role="img" aria-label={label} />
      {state.status === 'loading' && (
        <div className="bt-chart__overlay">
          <Spinner label={t('chart.loading')} />
        </div>
      )}
      {state.status === 'error' && (
        <div className="bt-chart__overlay bt-chart__overlay--error" role="alert">
          {t('chart.loadFailed', { message: state.message })}
        </div>
      )}
    </figure>
  );
}
