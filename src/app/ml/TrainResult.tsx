// A trained model: what was trained on how many rows and where, metrics on the training and
// test parts, the loss curves and the feature importance.
import { LiveLossLines } from './LiveLossLines';
import { useLanguage, useT } from '../i18n/I18nProvider';
import { formatCount } from './metric-format';
import { modelTypeLabel } from './labels';
import { ImportanceChart } from './ImportanceChart';
import { MetricsTable } from './MetricsTable';
import { ModelHash } from './ModelHash';
import type { TrainOutput } from './outputs';

export function TrainResult({ result, requestedBackend }: { result: TrainOutput; requestedBackend: string | undefined }) {
  const t = useT();
  const lang = useLanguage();
  const h = result.history;
  // A curve needs two points: closed-form fits (linear, ridge) report a single loss, already in the metrics.
  const curves = Object.fromEntries(Object.entries(h.series ?? {}).filter(([, s]) => s.length > 1));
  const hasLoss = Object.keys(curves).length > 0;
  return (
    <div className="ml-output">
      <p className="ml-meta">
        <span className="ml-meta-item ml-meta-strong">{modelTypeLabel(t, result.model_type)}</span>
        <span className="ml-meta-item">{t('ml.rowsTrainTest', { train: formatCount(result.rows.train, lang), test: formatCount(result.rows.test, lang) })}</span>
        <span className="ml-meta-item">{result.backend ? t('ml.backendUsed', { backend: result.backend }) : t('ml.backendRequested', { backend: requestedBackend ?? t('ml.backend.auto') })}</span>
        {h.iterations > 0 && (
          <span className="ml-meta-item">
            {t('ml.iterations', { iterations: h.iterations })}
            {h.bestIteration !== undefined && h.bestIteration !== h.iterations && `, ${t('ml.bestIteration', { iteration: h.bestIteration })}`}
          </span>
        )}
        <ModelHash hash={result.model_hash} />
      </p>
      <MetricsTable
        caption={t('ml.metrics')}
        columns={[
          { id: 'train', label: t('ml.train'), metrics: result.metrics.train },
          ...(result.metrics.test ? [{ id: 'test', label: t('ml.test'), metrics: result.metrics.test }] : []),
        ]}
      />
      {!result.metrics.test && <p className="ml-note">{t('ml.noTest')}</p>}
      <div className="ml-grid">
        {hasLoss && (
          <section className="ml-panel" aria-label={t('ml.lossCurves')}>
            <h4 className="ml-panel-title">{t('ml.lossCurves')}</h4>
            <LiveLossLines series={curves} label={t('ml.lossCurves')} iterationsLabel={t('ml.iterationAxis')} />
          </section>
        )}
        {result.importance && result.importance.length > 0 && (
          <section className="ml-panel">
            <ImportanceChart items={result.importance} />
          </section>
        )}
      </div>
    </div>
  );
}
