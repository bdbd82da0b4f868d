// The spec of an evaluate cell: which trained models, an optional slice column and calibration.
import type { CellOf } from '../../pipelines/notebook/schema';
import { useT } from '../i18n/I18nProvider';
import type { CellContext } from '../notebook/CellBody';
import { ColumnField, SelectField } from './fields';
import { findTrainCell, ModelsField } from './model-fields';
import { modelColumns } from './TrainForm';

type EvaluateCell = CellOf<'evaluate'>;
const calibrations = ['none', 'platt', 'isotonic'] as const;

export function EvaluateForm({ cell, readOnly, ctx, onChange }: { cell: EvaluateCell; readOnly: boolean; ctx: CellContext; onChange(next: EvaluateCell): void }) {
  const t = useT();
  const set = (patch: Partial<EvaluateCell>) => {
    const next = { ...cell, ...patch };
    if (next.slice_by === undefined) delete next.slice_by;
    if (next.calibration === undefined) delete next.calibration;
    onChange(next);
  };
  // The slice column comes from the models' input table; without the notebook's cells, any known column.
  const first = findTrainCell(ctx, cell.models[0]);
  const columns = first ? modelColumns(ctx, first.input) : [...new Set([...ctx.tables.keys()].flatMap((id) => modelColumns(ctx, id)))];
  return (
    <div className="cell-form">
      <ModelsField label={t('ml.models')} value={cell.models} ctx={ctx} readOnly={readOnly} onChange={(models) => set({ models })} />
      <ColumnField label={t('ml.sliceBy')} value={cell.slice_by} columns={columns} noneLabel={t('ml.none')} readOnly={readOnly} onChange={(slice_by) => set({ slice_by })} />
      <SelectField
        label={t('ml.calibration')}
        value={cell.calibration ?? 'none'}
        readOnly={readOnly}
        options={calibrations.map((v) => ({ value: v, label: t(`ml.calibration.${v}`) }))}
        onChange={(v) => set({ calibration: v === 'none' ? undefined : (v as EvaluateCell['calibration']) })}
      />
    </div>
  );
}
