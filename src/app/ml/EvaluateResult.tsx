// An evaluate cell's result: models compared on their test rows (metrics with the best of each row
// highlighted, overlaid curves), then per-model confusion matrices, slices, loss and importance.
import { useMemo } from 'react';
import type { ThemeName } from '../components/chart/chart-theme';
import { LossChart } from '../components/chart/LossChart';
import { useT } from '../i18n/I18nProvider';
import { ConfusionMatrix } from './ConfusionMatrix';
import { EvaluateCurves } from './EvaluateCurves';
import { EvaluateRegression } from './EvaluateRegression';
import { ImportanceChart } from './ImportanceChart';
import { MetricsTable, type MetricsColumn } from './MetricsTable';
import type { EvaluateOutput } from './outputs';
import { SlicesTable } from './SlicesTable';

/** Every model's loss series on one chart, named `model: series` (single points are not curves). */
export function mergedLoss(models: EvaluateOutput['models']): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const m of models) for (const [name, s] of Object.entries(m.loss ?? {})) if (s.length > 1) out[models.length > 1 ? `${m.id}: ${name}` : name] = s;
  return out;
}

export function EvaluateResult({ result, sliceBy, theme }: { result: EvaluateOutput; sliceBy: string | undefined; theme: ThemeName }) {
  const t = useT();
  const models = result.models;
  const columns = useMemo(() => {
    const cols: MetricsColumn[] = [];
    for (const m of models) {
      cols.push({ id: m.id, label: <code>{m.id}</code>, metrics: m.metrics });
      if (m.calibrated) cols.push({ id: `${m.id}:${m.calibrated.method}`, label: <span><code>{m.id}</code> · {t('ml.calibrated', { method: t(`ml.calibration.${m.calibrated.method}`) })}</span>, metrics: m.calibrated.metrics });
    }
    return cols;
  }, [models, t]);
  const loss = useMemo(() => mergedLoss(models), [models]);
  return (
    <div className="ml-output">
      <div className="ml-scroll">
        <MetricsTable columns={columns} highlightBest caption={t('ml.metrics')} />
      </div>
      {columns.length > 1 && <p className="ml-note">{t('ml.bestHint')}</p>}
      <EvaluateCurves models={models} theme={theme} />
      <EvaluateRegression models={models} theme={theme} />
      {models.some((m) => m.confusion) && (
        <div className="ml-grid">
          {models.map((m) => m.confusion && <ConfusionMatrix key={m.id} model={m.id} matrix={m.confusion} labels={m.labels} theme={theme} />)}
        </div>
      )}
      {sliceBy && models.map((m) => m.slices && <SlicesTable key={m.id} model={m.id} column={sliceBy} slices={m.slices} />)}
      <div className="ml-grid">
        {Object.keys(loss).length > 0 && (
          <section className="ml-panel">
            <h4 className="ml-panel-title">{t('ml.lossCurves')}</h4>
            <LossChart series={loss} theme={theme} height={220} />
          </section>
        )}
        {models.map(
          (m) =>
            m.importance &&
            m.importance.length > 0 && (
              <section key={m.id} className="ml-panel">
                <ImportanceChart items={m.importance} title={models.length > 1 ? `${t('ml.importance')}: ${m.id}` : undefined} />
              </section>
            ),
        )}
      </div>
    </div>
  );
}
