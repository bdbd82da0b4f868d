// Binary classifiers compared on one plot each: ROC, precision–recall and calibration curves.
import { useMemo } from 'react';
import type { ModelEvaluation } from '../../pipelines/ml/cells/evaluate-job';
import type { ThemeName } from '../components/chart/chart-theme';
import { useT } from '../i18n/I18nProvider';
import { curvesFigure, type Line } from './figures';
import { MlFigure } from './MlFigure';

export function EvaluateCurves({ models, theme }: { models: readonly ModelEvaluation[]; theme: ThemeName }) {
  const t = useT();
  const figures = useMemo(() => {
    const roc: Line[] = [];
    const pr: Line[] = [];
    const cal: Line[] = [];
    for (const m of models) {
      if (m.roc) roc.push({ name: m.id, x: m.roc.fpr, y: m.roc.tpr });
      if (m.pr) pr.push({ name: m.id, x: m.pr.recall, y: m.pr.precision });
      if (m.calibration) cal.push({ name: m.id, x: m.calibration.prob_pred, y: m.calibration.prob_true });
    }
    return {
      roc: roc.length ? curvesFigure(roc, theme, { x: t('ml.fpr'), y: t('ml.tpr'), diagonal: t('ml.chance') }) : null,
      pr: pr.length ? curvesFigure(pr, theme, { x: t('ml.recall'), y: t('ml.precision') }) : null,
      cal: cal.length ? curvesFigure(cal, theme, { x: t('ml.meanPredicted'), y: t('ml.fractionPositive'), diagonal: t('ml.perfect') }) : null,
    };
  }, [models, theme, t]);
  if (!figures.roc && !figures.pr && !figures.cal) return null;
  return (
    <div className="ml-grid">
      {figures.roc && <MlFigure figure={figures.roc} label={t('ml.roc')} />}
      {figures.pr && <MlFigure figure={figures.pr} label={t('ml.pr')} />}
      {figures.cal && <MlFigure figure={figures.cal} label={t('ml.calibrationCurve')} />}
    </div>
  );
}
