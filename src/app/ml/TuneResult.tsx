// A tune cell's result: the best trial with a button that writes its parameters into the train
// cell, the trials plot and the sortable trials table.
import { useState } from 'react';
import { canonicalJson } from '../../pipelines/engine/hash';
import type { CellOf } from '../../pipelines/notebook/schema';
import type { ThemeName } from '../components/chart/chart-theme';
import { useLanguage, useT } from '../i18n/I18nProvider';
import { formatMetric } from './metric-format';
import type { TuneOutput } from './outputs';
import { TrialsPlot } from './TrialsPlot';
import { TrialsTable } from './TrialsTable';

export interface UseBest {
  /** The train cell the params go to, when it is in the notebook. */
  cell: CellOf<'train'> | null;
  readOnly: boolean;
  apply(params: Record<string, unknown>): void;
}

/** The train cell with the tuned parameters as its model.params (everything else kept). */
export function withBestParams(train: CellOf<'train'>, params: Record<string, unknown>): CellOf<'train'> {
  return { ...train, model: { ...train.model, params: { ...params } } };
}

export function TuneResult({ result, theme, useBest }: { result: TuneOutput; theme: ThemeName; useBest: UseBest }) {
  const t = useT();
  const lang = useLanguage();
  const [done, setDone] = useState(false);
  const best = result.best;
  const params = result.best_params;
  const inUse = !!(params && useBest.cell && canonicalJson(useBest.cell.model.params ?? {}) === canonicalJson(params));
  if (result.trials.length === 0) return <p className="ml-note">{t('ml.noTrials')}</p>;
  return (
    <div className="ml-output">
      {best && (
        <div className="ml-best-summary">
          <p className="ml-meta">
            <span className="ml-meta-item ml-meta-strong">{t('ml.bestSummary', { metric: result.metric, score: formatMetric(best.score, lang), trial: best.trial })}</span>
            {Object.entries(best.params).map(([k, v]) => (
              <span key={k} className="ml-meta-item">
                <code>{k}</code> = <code>{typeof v === 'string' ? v : JSON.stringify(v)}</code>
              </span>
            ))}
          </p>
          {params && !useBest.readOnly && (
            <button
              type="button"
              className="bt-button bt-button--small bt-button--primary"
              disabled={!useBest.cell || inUse}
              title={useBest.cell ? t('ml.useBestHint', { cell: result.train }) : t('ml.useBestMissing', { cell: result.train })}
              onClick={() => {
                useBest.apply(params);
                setDone(true);
              }}
            >
              {t('ml.useBest')}
            </button>
          )}
          {done && (
            <span className="ml-note" role="status">
              {t('ml.useBestDone', { cell: result.train })}
            </span>
          )}
        </div>
      )}
      <TrialsPlot trials={result.trials} metric={result.metric} best={best?.trial ?? null} theme={theme} higherIsBetter={result.higher_is_better} />
      <TrialsTable trials={result.trials} metric={result.metric} higherIsBetter={result.higher_is_better} best={best?.trial ?? null} />
    </div>
  );
}
