// Small live chart of training curves (loss, val_loss, …) per epoch; redraws as series grow.
import { useMemo, useRef } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { Spinner } from '../progress/Spinner';
import { lossFigure } from './plotly-figure';
import type { ThemeName } from './chart-theme';
import { usePlotly } from './usePlotly';

export interface LossChartProps {
  /** Values per epoch by series name, e.g. { loss: [...], val_loss: [...] }. Pass new arrays to redraw. */
  series: Record<string, number[]>;
  theme: ThemeName;
  height?: number;
  yLabel?: string;
}

export function LossChart({ series, theme, height = 180, yLabel }: LossChartProps) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const figure = useMemo(() => lossFigure(series, theme, { x: t('chart.epoch'), y: yLabel ?? t('chart.loss') }), [series, theme, t, yLabel]);
  const state = usePlotly(ref, figure);
  return (
    <figure className="bt-chart bt-chart--small" aria-label={t('chart.lossCurves')}>
      <div ref={ref} className="bt-chart__plot" style={{ height }} role="img" aria-label={t('chart.lossCurves')} />
      {state.status === 'loading' && (
        <div className="bt-chart__overlay">
          <Spinner label={t('chart.loading')} />
        </div>
      )}
      {state.status === 'error' && <div className="bt-chart__overlay bt-chart__overlay--error" role="alert">{t('chart.loadFailed', { message: state.message })}</div>}
    </figure>
  );
}
