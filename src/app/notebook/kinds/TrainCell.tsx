// A train cell: its spec form; while it runs, live loss curves; when done, the trained model.
import type { CellOf } from '../../../pipelines/notebook/schema';
import { EmptyState } from '../../components/empty-state/EmptyState';
import { useT } from '../../i18n/I18nProvider';
import { LiveTraining } from '../../ml/LiveTraining';
import { isBusy, jsonOutput } from '../../ml/outputs';
import { TrainForm } from '../../ml/TrainForm';
import { TrainResult } from '../../ml/TrainResult';
import '../../ml/ml.css';
import type { KindProps } from '../CellBody';

export function TrainCell({ cell, state, status, readOnly, ctx, actions }: KindProps<CellOf<'train'>>) {
  const t = useT();
  const result = jsonOutput(state, 'train');
  return (
    <div className="cell-body">
      <TrainForm cell={cell} readOnly={readOnly} ctx={ctx} onChange={(next) => actions.update(cell.id, next)} />
      {status === 'running' && <LiveTraining progress={state?.progress} />}
      {result && !isBusy(status) && <TrainResult result={result} requestedBackend={cell.model.backend} />}
      {!result && status !== 'error' && status !== 'skipped' && !isBusy(status) && <EmptyState compact title={t('empty.noOutput')} />}
    </div>
  );
}
