// A tune cell: the search spec, then its trials and "Use best params", which writes the best
// parameters into the train cell's model.params and scrolls to that cell.
import type { CellOf } from '../../../pipelines/notebook/schema';
import { EmptyState } from '../../components/empty-state/EmptyState';
import { useT } from '../../i18n/I18nProvider';
import { findTrainCell } from '../../ml/model-fields';
import { isBusy, jsonOutput } from '../../ml/outputs';
import { TuneForm } from '../../ml/TuneForm';
import { TuneResult, withBestParams } from '../../ml/TuneResult';
import '../../ml/ml.css';
import type { KindProps } from '../CellBody';
import { scrollToCell } from '../scroll-to-cell';

export function TuneCell({ cell, state, status, readOnly, ctx, actions }: KindProps<CellOf<'tune'>>) {
  const t = useT();
  const result = jsonOutput(state, 'tune');
  const train = result ? findTrainCell(ctx, result.train) : null;
  const apply = (params: Record<string, unknown>) => {
    if (!train) return;
    actions.update(train.id, withBestParams(train, params));
    scrollToCell(train.id);
  };
  return (
    <div className="cell-body">
      <TuneForm cell={cell} readOnly={readOnly} ctx={ctx} onChange={(next) => actions.update(cell.id, next)} />
      {result && !isBusy(status) && <TuneResult result={result} theme={ctx.theme} useBest={{ cell: train, readOnly, apply }} />}
      {!result && status !== 'error' && status !== 'skipped' && !isBusy(status) && <EmptyState compact title={t('empty.noOutput')} />}
    </div>
  );
}
