// An evaluate cell: which models to compare, and their comparison on the test rows.
import type { CellOf } from '../../../pipelines/notebook/schema';
import { EmptyState } from '../../components/empty-state/EmptyState';
import { useT } from '../../i18n/I18nProvider';
import { EvaluateForm } from '../../ml/EvaluateForm';
import { EvaluateResult } from '../../ml/EvaluateResult';
import { isBusy, jsonOutput } from '../../ml/outputs';
import '../../ml/ml.css';
import type { KindProps } from '../CellBody';

export function EvaluateCell({ cell, state, status, readOnly, ctx, actions }: KindProps<CellOf<'evaluate'>>) {
  const t = useT();
  const result = jsonOutput(state, 'evaluate');
  return (
    <div className="cell-body">
      <EvaluateForm cell={cell} readOnly={readOnly} ctx={ctx} onChange={(next) => actions.update(cell.id, next)} />
      {result && !isBusy(status) && <EvaluateResult result={result} sliceBy={cell.slice_by} theme={ctx.theme} />}
      {!result && status !== 'error' && status !== 'skipped' && !isBusy(status) && <EmptyState compact title={t('empty.noOutput')} />}
    </div>
  );
}
