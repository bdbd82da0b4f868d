// The spec of a train cell in a compact form: input, task, target, features, model type,
// backend, seed and the model's parameters as YAML. Disabled in read-only mode.
import { modelTypes, taskSchema, type CellOf } from '../../pipelines/notebook/schema';
import { useT } from '../i18n/I18nProvider';
import type { CellContext } from '../notebook/CellBody';
import { InputPicker } from '../notebook/kinds/InputPicker';
import { ColumnField, ColumnsField, NumberField, SelectField } from './fields';
import { parseParams } from './spec-yaml';
import { YamlField } from './YamlField';

type TrainCell = CellOf<'train'>;
const backends = ['auto', 'webgpu', 'wasm', 'webgl', 'cpu'] as const;

/** Columns a model can learn from: internal columns (the split marker, `__…`) are hidden. */
export function modelColumns(ctx: CellContext, input: string): string[] {
  return (ctx.tables.get(input)?.columns ?? []).map((c) => c.name).filter((n) => !n.startsWith('__'));
}

export function TrainForm({ cell, readOnly, ctx, onChange }: { cell: TrainCell; readOnly: boolean; ctx: CellContext; onChange(next: TrainCell): void }) {
  const t = useT();
  const columns = modelColumns(ctx, cell.input);
  const set = (patch: Partial<TrainCell>) => {
    const next = { ...cell, ...patch };
    if (next.features === undefined) delete next.features;
    onChange(next);
  };
  const setModel = (patch: Partial<TrainCell['model']>) => {
    const model = { ...cell.model, ...patch };
    if (model.backend === undefined) delete model.backend;
    set({ model });
  };
  return (
    <div className="ml-form">
      <div className="cell-form">
        <InputPicker value={cell.input} options={ctx.tableCells} readOnly={readOnly} onChange={(input) => set({ input })} />
        <SelectField label={t('ml.task')} value={cell.task} readOnly={readOnly} options={taskSchema.options.map((v) => ({ value: v, label: t(`ml.task.${v}`) }))} onChange={(v) => set({ task: v as TrainCell['task'] })} />
        <ColumnField label={t('ml.target')} value={cell.target} columns={columns} readOnly={readOnly} onChange={(v) => v && set({ target: v, features: cell.features?.filter((f) => f !== v) })} />
        <ColumnsField label={t('ml.features')} value={cell.features} columns={columns} exclude={[cell.target]} readOnly={readOnly} onChange={(features) => set({ features })} />
      </div>
      <div className="cell-form">
        {/* Parameters differ between model types, so a new type starts from its defaults. */}
        <SelectField label={t('ml.modelType')} value={cell.model.type} readOnly={readOnly} options={modelTypes.map((v) => ({ value: v, label: t(`ml.model.${v}`) }))} onChange={(v) => v !== cell.model.type && setModel({ type: v as TrainCell['model']['type'], params: {} })} />
        <SelectField
          label={t('ml.backend')}
          value={cell.model.backend ?? 'auto'}
          readOnly={readOnly}
          options={backends.map((v) => ({ value: v, label: v === 'auto' ? t('ml.backend.auto') : v }))}
          onChange={(v) => setModel({ backend: v === 'auto' ? undefined : (v as TrainCell['model']['backend']) })}
        />
        <NumberField label={t('ml.seed')} keyPath="seed" value={cell.seed} rule={{ integer: true }} readOnly={readOnly} onCommit={(seed) => seed !== undefined && set({ seed })} />
      </div>
      <YamlField label={t('ml.params')} value={cell.model.params} readOnly={readOnly} parse={parseParams} onCommit={(params) => setModel({ params })} />
    </div>
  );
}
