// Regression models compared: residuals against predictions and predictions against actual values.
import { useMemo } from 'react';
import type { ModelEvaluation } from '../../pipelines/ml/cells/evaluate-job';
import type { ThemeName } from '../components/chart/chart-theme';
import { useT } from '../i18n/I18nProvider';
import { scatterFigure, type Line } from './figures';
import { MlFigure } from './MlFigure';

export function EvaluateRegression({ models, theme }: { models: readonly ModelEvaluation[]; theme: ThemeName }) {
  const t = useT();
  const figures = useMemo(() => {
    const withResiduals = models.filter((m) => m.residuals);
    if (withResiduals.length === 0) return null;
    const res: Line[] = withResiduals.map((m) => ({ name: m.id, x: m.residuals!.predicted, y: m.residuals!.residual }));
    const pva: Line[] = withResiduals.map((m) => ({ name: m.id, x: m.residuals!.actual, y: m.residuals!.predicted }));
    return {
      residuals: scatterFigure(res, theme, { x: t('ml.predicted'), y: t('ml.residual') }, 'zero'),
      pva: scatterFigure(pva, theme, { x: t('ml.actual'), y: t('ml.predicted') }, 'identity'),
    };
  }, [models, theme, t]);
  if (!figures) return null;
  return (
    <div className="ml-grid">
      <MlFigure figure={figures.residuals} label={t('ml.residuals')} />
      <MlFigure figure={figures.pva} label={t('ml.predVsActual')} />
    </div>
  );
}
