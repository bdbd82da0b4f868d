// A split cell: method, grouping/ordering/stratifying column, test share and seed; then the
// train/test counts and the table with its split column.
import { splitCellSchema, type CellOf } from '../../../pipelines/notebook/schema';
import { useT } from '../../i18n/I18nProvider';
import { ColumnField, NumberField, SelectField } from '../../ml/fields';
import { isBusy, tableDetails, type SplitDetails } from '../../ml/outputs';
import { SplitSummary } from '../../ml/TableSummaries';
import { modelColumns } from '../../ml/TrainForm';
import '../../ml/ml.css';
import type { KindProps } from '../CellBody';
import { InputPicker } from './InputPicker';
import { TableOutput } from './TableOutput';

type Split = CellOf<'split'>;

export function SplitCell({ cell, state, status, readOnly, ctx, actions }: KindProps<Split>) {
  const t = useT();
  const details = tableDetails<SplitDetails>(state);
  const set = (patch: Partial<Split>) => {
    const next = { ...cell, ...patch };
    if (next.by === undefined) delete next.by;
    actions.update(cell.id, next);
  };
  return (
    <div className="cell-body">
      <div className="cell-form">
        <InputPicker value={cell.input} options={ctx.tableCells} readOnly={readOnly} onChange={(input) => set({ input })} />
        <SelectField label={t('ml.splitMethod')} value={cell.method} readOnly={readOnly} options={splitCellSchema.shape.method.options.map((v) => ({ value: v, label: t(`ml.split.${v}`) }))} onChange={(v) => set({ method: v as Split['method'] })} />
        {(cell.method !== 'random' || cell.by) && <ColumnField label={t('ml.by')} value={cell.by} columns={modelColumns(ctx, cell.input)} noneLabel={t('ml.none')} readOnly={readOnly} onChange={(by) => set({ by })} />}
        <NumberField label={t('ml.testSize')} keyPath="test_size" value={cell.test_size} rule={{ min: 0, max: 1, exclusive: true }} readOnly={readOnly} onCommit={(v) => v !== undefined && set({ test_size: v })} />
        <NumberField label={t('ml.seed')} keyPath="seed" value={cell.seed} rule={{ integer: true }} readOnly={readOnly} onCommit={(seed) => seed !== undefined && set({ seed })} />
      </div>
      {details && !isBusy(status) && <SplitSummary details={details} />}
      <TableOutput id={cell.id} state={state} ctx={ctx} />
    </div>
  );
}
