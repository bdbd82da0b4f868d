// An explain cell: which model and how, then its global importance and a few explained rows.
import type { CellOf } from '../../../pipelines/notebook/schema';
import { EmptyState } from '../../components/empty-state/EmptyState';
import { useT } from '../../i18n/I18nProvider';
import { ExplainForm } from '../../ml/ExplainForm';
import { ExplainResult } from '../../ml/ExplainResult';
import { isBusy, jsonOutput } from '../../ml/outputs';
import '../../ml/ml.css';
import type { KindProps } from '../CellBody';

export function ExplainCell({ cell, state, status, readOnly, ctx, actions }: KindProps<CellOf<'explain'>>) {
  const t = useT();
  const result = jsonOutput(state, 'explain');
  return (
    <div className="cell-body">
      <ExplainForm cell={cell} readOnly={readOnly} ctx={ctx} onChange={(next) => actions.update(cell.id, next)} />
      {result && !isBusy(status) && <ExplainResult result={result} theme={ctx.theme} />}
      {!result && status !== 'error' && status !== 'skipped' && !isBusy(status) && <EmptyState compact title={t('empty.noOutput')} />}
    </div>
  );
}
