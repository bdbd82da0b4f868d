// One classifier's confusion matrix as a labelled heatmap (actual rows × predicted columns).
import { useMemo } from 'react';
import type { ThemeName } from '../components/chart/chart-theme';
import { useT } from '../i18n/I18nProvider';
import { confusionFigure } from './figures';
import { MlFigure } from './MlFigure';

export function ConfusionMatrix({ model, matrix, labels, theme }: { model: string; matrix: number[][]; labels: readonly string[] | undefined; theme: ThemeName }) {
  const t = useT();
  const figure = useMemo(() => confusionFigure(matrix, labels ?? [], theme, { x: t('ml.predicted'), y: t('ml.actual') }), [matrix, labels, theme, t]);
  const height = 120 + 34 * Math.min(matrix.length, 20);
  return <MlFigure figure={figure} label={t('ml.confusion', { model })} height={height} />;
}
