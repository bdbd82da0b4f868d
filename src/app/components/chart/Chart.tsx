// A chart cell's output: ChartData drawn with Plotly, loaded on first display.
import { useMemo } from 'react';
import type { ChartData } from '../../../pipelines/data/chart-data';
import { useT } from '../../i18n/I18nProvider';
import { EmptyState } from '../empty-state/EmptyState';
import { plotlyFigure } from './plotly-figure';
import type { ThemeName } from './chart-theme';
import { PlotlyFrame } from './PlotlyFrame';

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
  const empty = chart.traces.length === 0 || chart.traces.every((tr) => tr.x.length === 0 && tr.y.length === 0 && !tr.z?.length);
  const figure = useMemo(() => (empty ? null : plotlyFigure(chart, theme)), [chart, theme, empty]);
  const name = label ?? `${t(`chart.type.${chart.type}` as const)}: ${chart.yLabel || ''}${chart.xLabel ? ` / ${chart.xLabel}` : ''}`;

  if (empty) return <EmptyState compact title={t('chart.empty')} />;
  const note = chart.truncated ? <figcaption className="bt-chart__note">{t('chart.truncated')}</figcaption> : undefined;
  return <PlotlyFrame figure={figure} label={name} height={height} note={note} />;
}
