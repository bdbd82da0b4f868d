// Tuning trials at a glance: parallel coordinates (parameters → score) where Plotly can draw
// them, otherwise score by trial with the best marked.
import { useEffect, useMemo, useState } from 'react';
import type { ThemeName } from '../components/chart/chart-theme';
import { loadPlotly } from '../components/chart/plotly-loader';
import { useT } from '../i18n/I18nProvider';
import { parcoordsFigure, trialsScatterFigure } from './figures';
import { MlFigure } from './MlFigure';
import { parcoordsSupported } from './parcoords-support';
import { paramColumns, type Trial } from './trials';

export function TrialsPlot({ trials, metric, best, theme }: { trials: readonly Trial[]; metric: string; best: number | null; theme: ThemeName }) {
  const t = useT();
  const [parcoords, setParcoords] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    loadPlotly().then(
      (p) => live && setParcoords(parcoordsSupported(p)),
      () => live && setParcoords(false),
    );
    return () => {
      live = false;
    };
  }, []);
  const names = useMemo(() => paramColumns(trials), [trials]);
  const usable = parcoords && names.length > 0 && trials.length > 1;
  const figure = useMemo(() => {
    if (parcoords === null) return null;
    return usable ? parcoordsFigure(trials, names, metric, theme) : trialsScatterFigure(trials, best, theme, { x: t('ml.trial'), y: t('ml.score', { metric }), best: t('ml.best') });
  }, [parcoords, usable, trials, names, metric, best, theme, t]);
  return <MlFigure figure={figure} label={t('ml.parallel')} height={usable ? 320 : 260} />;
}
