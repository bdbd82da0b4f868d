// A profile cell: its input and the per-column summary.
import type { CellOf } from '../../../pipelines/notebook/schema';
import { ProfileView } from '../../components/profile/ProfileView';
import { EmptyState } from '../../components/empty-state/EmptyState';
import { useT } from '../../i18n/I18nProvider';
import type { KindProps } from '../CellBody';
import { InputPicker } from './InputPicker';

export function ProfileCell({ cell, state, status, readOnly, ctx, actions }: KindProps<CellOf<'profile'>>) {
  const t = useT();
  const profile = state?.output?.kind === 'profile' ? state.output.profile : null;
  const busy = status === 'queued' || status === 'running';
  return (
    <div className="cell-body">
      <div className="cell-form">
        <InputPicker value={cell.input} options={ctx.tableCells} readOnly={readOnly} onChange={(input) => actions.update(cell.id, { ...cell, input })} />
      </div>
      {profile && !busy ? <ProfileView profile={profile} /> : !profile && !busy && status !== 'error' && status !== 'skipped' && <EmptyState compact title={t('empty.noOutput')} />}
    </div>
  );
}
