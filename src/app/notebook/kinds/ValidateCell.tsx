// A validate cell: its input and the result of each check.
import type { CellOf } from '../../../pipelines/notebook/schema';
import { useT } from '../../i18n/I18nProvider';
import { StatusBadge } from '../../components/status-badge/StatusBadge';
import { useUiT } from '../messages';
import type { KindProps } from '../CellBody';
import { InputPicker } from './InputPicker';

export function ValidateCell({ cell, state, readOnly, ctx, actions }: KindProps<CellOf<'validate'>>) {
  const ui = useUiT();
  const t = useT();
  const out = state?.output?.kind === 'validation' ? state.output : null;
  return (
    <div className="cell-body">
      <div className="cell-form">
        <InputPicker value={cell.input} options={ctx.tableCells} readOnly={readOnly} onChange={(input) => actions.update(cell.id, { ...cell, input })} />
      </div>
      {cell.checks.length === 0 && <p className="cell-notice">{ui('cell.noChecks')}</p>}
      {out && (
        <table className="checks-table">
          <thead>
            <tr>
              <th>{ui('cell.check.column')}</th>
              <th>{ui('cell.check.check')}</th>
              <th className="num">{ui('cell.check.failing')}</th>
              <th>{ui('cell.check.result')}</th>
            </tr>
          </thead>
          <tbody>
            {out.checks.map((c, i) => (
              <tr key={i} className={c.passed ? 'pass' : 'fail'}>
                <td>
                  <code>{c.column}</code>
                </td>
                <td>{c.check}</td>
                <td className="num">{c.failing.toLocaleString()}</td>
                <td>
                  <StatusBadge status={c.passed ? 'ok' : 'error'} detail={c.passed ? undefined : c.message} />
                  <span className="visually-hidden">{t(c.passed ? 'status.ok' : 'status.error')}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
