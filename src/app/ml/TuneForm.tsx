// The spec of a tune cell: input, the train cell whose parameters are searched, the search,
// trials, folds, metric, seed and the search space as YAML.
import { tuneCellSchema, type CellOf } from '../../pipelines/notebook/schema';
import { useT } from '../i18n/I18nProvider';
import type { CellContext } from '../notebook/CellBody';
import { InputPicker } from '../notebook/kinds/InputPicker';
import { NumberField, SelectField } from './fields';
import { findTrainCell, ModelField } from './model-fields';
import { parseTuneSpace } from './spec-yaml';
import { YamlField } from './YamlField';

type TuneCell = CellOf<'tune'>;

/** Metrics the tuner can rank by, per task (names as the metrics module writes them). */
export const tuneMetrics: Record<CellOf<'train'>['task'], readonly string[]> = {
  regression: ['rmse', 'mae', 'r2', 'mape', 'median_ae'],
  binary: ['roc_auc', 'average_precision', 'accuracy', 'f1', 'precision', 'recall', 'mcc', 'log_loss', 'brier'],
  multiclass: ['f1_macro', 'accuracy', 'f1_weighted', 'precision_macro', 'recall_macro', 'mcc', 'roc_auc_ovr', 'log_loss'],
};

export function TuneForm({ cell, readOnly, ctx, onChange }: { cell: TuneCell; readOnly: boolean; ctx: CellContext; onChange(next: TuneCell): void }) {
  const t = useT();
  const set = (patch: Partial<TuneCell>) => {
    const next = { ...cell, ...patch };
    if (next.metric === undefined) delete next.metric;
    if (next.cv === undefined) delete next.cv;
    onChange(next);
  };
  const task = findTrainCell(ctx, cell.train)?.task;
  const metrics = task ? tuneMetrics[task] : [...new Set(Object.values(tuneMetrics).flat())];
  return (
    <div className="ml-form">
      <div className="cell-form">
        <InputPicker value={cell.input} options={ctx.tableCells} readOnly={readOnly} onChange={(input) => set({ input })} />
        <ModelField label={t('ml.trainCell')} value={cell.train} ctx={ctx} readOnly={readOnly} onChange={(train) => set({ train })} />
        <SelectField
          label={t('ml.search')}
          value={cell.search}
          readOnly={readOnly}
          options={tuneCellSchema.shape.search.unwrap().options.map((v) => ({ value: v, label: t(`ml.search.${v}`) }))}
          onChange={(v) => set({ search: v as TuneCell['search'] })}
        />
        <NumberField label={t('ml.trials')} keyPath="trials" value={cell.trials} rule={{ integer: true, min: 1, max: 1000 }} readOnly={readOnly} onCommit={(trials) => trials !== undefined && set({ trials })} />
        <NumberField label={t('ml.folds')} keyPath="folds" value={cell.folds} rule={{ integer: true, min: 2, max: 20 }} readOnly={readOnly} onCommit={(folds) => folds !== undefined && set({ folds })} />
        <SelectField
          label={t('ml.cv')}
          value={cell.cv ?? ''}
          readOnly={readOnly}
          options={[{ value: '', label: t('ml.cv.auto') }, ...(['kfold', 'stratified', 'repeated', 'timeseries'] as const).map((v) => ({ value: v, label: t(`ml.cv.${v}`) }))]}
          onChange={(v) => set({ cv: (v || undefined) as TuneCell['cv'] })}
        />
        <SelectField
          label={t('ml.metric')}
          value={cell.metric ?? ''}
          readOnly={readOnly}
          options={[{ value: '', label: t('ml.metricDefault') }, ...metrics.map((m) => ({ value: m, label: m }))]}
          onChange={(v) => set({ metric: v || undefined })}
        />
        <NumberField label={t('ml.seed')} keyPath="seed" value={cell.seed} rule={{ integer: true }} readOnly={readOnly} onCommit={(seed) => seed !== undefined && set({ seed })} />
      </div>
      <YamlField label={t('ml.space')} value={cell.space} readOnly={readOnly} parse={parseTuneSpace} onCommit={(space) => set({ space })} />
    </div>
  );
}
