// A cluster cell (k-means): input, features, k and seed; then inertia, silhouette, the centres and
// the table with its cluster column.
import type { CellOf } from '../../../pipelines/notebook/schema';
import { useT } from '../../i18n/I18nProvider';
import { ColumnsField, NumberField } from '../../ml/fields';
import { isBusy, tableDetails, type ClusterDetails } from '../../ml/outputs';
import { ClusterSummary } from '../../ml/TableSummaries';
import { modelColumns } from '../../ml/TrainForm';
import '../../ml/ml.css';
import type { KindProps } from '../CellBody';
import { InputPicker } from './InputPicker';
import { TableOutput } from './TableOutput';

type Cluster = CellOf<'cluster'>;

export function ClusterCell({ cell, state, status, readOnly, ctx, actions }: KindProps<Cluster>) {
  const t = useT();
  const details = tableDetails<ClusterDetails>(state);
  const set = (patch: Partial<Cluster>) => {
    const next = { ...cell, ...patch };
    if (next.features === undefined) delete next.features;
    actions.update(cell.id, next);
  };
  return (
    <div className="cell-body">
      <div className="cell-form">
        <InputPicker value={cell.input} options={ctx.tableCells} readOnly={readOnly} onChange={(input) => set({ input })} />
        <ColumnsField label={t('ml.features')} value={cell.features} columns={modelColumns(ctx, cell.input)} exclude={[]} readOnly={readOnly} onChange={(features) => set({ features })} />
        <NumberField label={t('ml.k')} keyPath="k" value={cell.k} rule={{ integer: true, min: 2, max: 1000 }} readOnly={readOnly} onCommit={(k) => k !== undefined && set({ k })} />
        <NumberField label={t('ml.seed')} keyPath="seed" value={cell.seed} rule={{ integer: true }} readOnly={readOnly} onCommit={(seed) => seed !== undefined && set({ seed })} />
      </div>
      {details && !isBusy(status) && <ClusterSummary details={details} />}
      <TableOutput id={cell.id} state={state} ctx={ctx} />
    </div>
  );
}
