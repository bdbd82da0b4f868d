// A Plotly figure in its frame: the lazily loaded plot, a spinner while Plotly loads, an error if it
// cannot, and optional captions. Chart cells and ML outputs both draw through it.
import { useRef, type ReactNode } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { Spinner } from '../progress/Spinner';
import type { PlotlyFigure } from './plotly-figure';
import { usePlotly } from './usePlotly';

export interface PlotlyFrameProps {
  figure: PlotlyFigure | null;
  label: string;
  height: number;
  className?: string;
  /** Shown above the plot. */
  title?: ReactNode;
  /** Shown below the plot. */
  note?: ReactNode;
}

export function PlotlyFrame({ figure, label, height, className, title, note }: PlotlyFrameProps) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const state = usePlotly(ref, figure);
  return (
    <figure className={className ? `bt-chart ${className}` : 'bt-chart'} aria-label={label} aria-busy={state.status === 'loading'}>
      {title}
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
      {note}
    </figure>
  );
}
