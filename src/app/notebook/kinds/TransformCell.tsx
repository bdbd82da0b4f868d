// A transform cell: its input and steps (YAML, checked against the transformer schemas), what the
// fit did, and the transformed table.
import type { CellOf } from '../../../pipelines/notebook/schema';
import { useT } from '../../i18n/I18nProvider';
import { isBusy, tableDetails, type TransformDetails } from '../../ml/outputs';
import { parseSteps } from '../../ml/spec-yaml';
import { TransformSummary } from '../../ml/TableSummaries';
import { YamlField } from '../../ml/YamlField';
import '../../ml/ml.css';
import type { KindProps } from '../CellBody';
import { InputPicker } from './InputPicker';
import { TableOutput } from './TableOutput';

export function TransformCell({ cell, state, status, readOnly, ctx, actions }: KindProps<CellOf<'transform'>>) {
  const t = useT();
  const details = tableDetails<TransformDetails>(state);
  return (
    <div className="cell-body">
      <div className="cell-form">
        <InputPicker value={cell.input} options={ctx.tableCells} readOnly={readOnly} onChange={(input) => actions.update(cell.id, { ...cell, input })} />
      </div>
      <YamlField label={t('ml.steps')} value={cell.steps} readOnly={readOnly} parse={parseSteps} onCommit={(steps) => actions.update(cell.id, { ...cell, steps })} />
      {details && !isBusy(status) && <TransformSummary details={details} />}
      <TableOutput id={cell.id} state={state} ctx={ctx} />
    </div>
  );
}
