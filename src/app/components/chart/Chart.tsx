// A chart cell's output: ChartData drawn with Plotly, loaded on first display.
import { useMemo, useRef } from 'react';
import type { ChartData } from '../../../pipelines/data/chart-data';
import { useT } from '../../i18n/I18nProvider';
import { Spinner } from '../progress/Spinner';
import { EmptyState } from '../empty-state/EmptyState';
import { plotlyFigure } from './plotly-figure';
import type { ThemeName } from './chart-theme';
import { usePlotly } from './usePlotly';

export interface ChartProps {
  chart: ChartData;
  theme: ThemeName;
  /** Plot height in px (default 320). */
  height?: number;
  /** Accessible name, e.g. the cell title. */
  label?: string;
}

export function Chart({ chart, theme, height = 320, label }: ChartProps) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const empty = chart.traces.length === 0 || chart.traces.every((tr) => tr.x.length === 0 && tr.y.length === 0 && !tr.z?.length);
  const figure = useMemo(() => (empty ? null : plotlyFigure(chart, theme)), [chart, theme, empty]);
  const state = usePlotly(ref, figure);
  const name = label ?? `${t(`chart.type.${chart.type}` as const)}: ${chart.yLabel || ''}${chart.xLabel ? ` / ${chart.xLabel}` : ''}`;

  if (empty) return <EmptyState compact title={t('chart.empty')} />;
  return (
    <figure className="bt-chart" aria-label={name} aria-busy={state.status === 'loading'}>
      <div ref={ref} className="bt-chart__plot" style={{ height }} role="img" aria-label={name} />
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
      {chart.truncated && <figcaption className="bt-chart__note">{t('chart.truncated')}</figcaption>}
    </figure>
  );
}
