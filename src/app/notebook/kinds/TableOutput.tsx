// A table output: the virtualised grid over windows the engine reads on demand.
import { useMemo } from 'react';
import type { CellState } from '../../../pipelines/engine/types';
import { ResultGrid } from '../../components/grid/ResultGrid';
import { EmptyState } from '../../components/empty-state/EmptyState';
import { useT } from '../../i18n/I18nProvider';
import type { CellContext } from '../CellBody';

export function TableOutput({ id, state, ctx }: { id: string; state: CellState | undefined; ctx: CellContext }) {
  const t = useT();
  const table = state?.output?.kind === 'table' ? state.output.table : null;
  const ready = state?.status === 'ok' || state?.status === 'stale' || state?.status === 'idle';
  // A new function per result (key and finish time) makes the grid drop rows of an older result.
  const fetchWindow = useMemo(() => ctx.fetchWindow(id), [ctx, id, state?.key, state?.finishedAt]);
  if (!table || !ready) {
    if (state?.status === 'queued' || state?.status === 'running') return null;
    return state?.status === 'error' || state?.status === 'skipped' ? null : <EmptyState compact title={t('empty.noOutput')} />;
  }
  return <ResultGrid columns={table.columns} rowCount={table.rows} fetchWindow={fetchWindow} label={`${t('grid.label')}: ${id}`} />;
}
