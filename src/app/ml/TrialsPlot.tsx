// Tuning trials at a glance: parallel coordinates (parameters → score) in plain SVG (Plotly's parcoords
// needs eval, which our CSP refuses, and is not in our Plotly bundle); no parameters or one trial: score
// by trial.
import { useMemo } from 'react';
import type { ThemeName } from '../components/chart/chart-theme';
import { useT } from '../i18n/I18nProvider';
import { trialsScatterFigure } from './figures';
import { MlFigure } from './MlFigure';
import { paramColumns, type Trial } from './trials';
import { parallelAxes } from './parallel-axes';

export function TrialsPlot({ trials, metric, best, theme, higherIsBetter = true }: { trials: readonly Trial[]; metric: string; best: number | null; theme: ThemeName; higherIsBetter?: boolean }) {
  const t = useT();
  const names = useMemo(() => paramColumns(trials), [trials]);
  const parallel = names.length > 0 && trials.length > 1;
  const figure = useMemo(
    () => (parallel ? null : trialsScatterFigure(trials, best, theme, { x: t('ml.trial'), y: t('ml.score', { metric }), best: t('ml.best') })),
    [parallel, trials, best, theme, metric, t],
  );
  if (parallel) return <ParallelSvg trials={trials} names={names} metric={metric} higherIsBetter={higherIsBetter} label={t('ml.parallel')} />;
  return <MlFigure figure={figure} label={t('ml.parallel')} height={260} />;
}

function ParallelSvg({ trials, names, metric, higherIsBetter, label }: { trials: readonly Trial[]; names: string[]; metric: string; higherIsBetter: boolean; label: string }) {
  const W = 640;
  const H = 220;
  const { axes, lines } = parallelAxes(trials, names, metric, higherIsBetter, W, H);
  return (
    <figure className="ml-figure ml-parallel" aria-label={label}>
      <figcaption className="ml-figure-title">{label}</figcaption>
      <svg viewBox={`-60 -24 ${W + 120} ${H + 48}`} width="100%" role="img" aria-label={label}>
        {lines.map((l) => (
          <polyline key={l.trial} points={l.points} fill="none" stroke={`hsl(${Math.round(220 - 200 * l.quality)}, 70%, 50%)`} strokeOpacity={0.35 + 0.6 * l.quality} strokeWidth={1 + 2 * l.quality}>
            <title>{`#${l.trial}`}</title>
          </polyline>
        ))}
        {axes.map((a) => (
          <g key={a.name}>
            <line x1={a.x} x2={a.x} y1={0} y2={H} stroke="currentColor" strokeOpacity={0.5} />
            <text x={a.x} y={-8} textAnchor="middle" fontSize="12" fill="currentColor">{a.name}</text>
            {a.ticks.map((tk) => (
              <text key={tk.label} x={a.x + 4} y={tk.y + 4} fontSize="10" fill="currentColor" fillOpacity={0.7}>{tk.label}</text>
            ))}
          </g>
        ))}
      </svg>
    </figure>
  );
}
