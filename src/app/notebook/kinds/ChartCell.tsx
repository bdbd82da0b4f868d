// A chart cell: a small spec form (type, x, y, colour from the input table's columns) and the plot.
import { chartTypes, type ChartSpec, type CellOf } from '../../../pipelines/notebook/schema';
import { Chart } from '../../components/chart/Chart';
import { EmptyState } from '../../components/empty-state/EmptyState';
import { useT } from '../../i18n/I18nProvider';
import { useUiT } from '../messages';
import type { KindProps } from '../CellBody';
import { InputPicker } from './InputPicker';

function ColumnSelect({ label, value, columns, optional, readOnly, onChange }: { label: string; value: string | undefined; columns: string[]; optional: boolean; readOnly: boolean; onChange(v: string | undefined): void }) {
  const ui = useUiT();
  const all = value && !columns.includes(value) ? [value, ...columns] : columns;
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value ?? ''} disabled={readOnly} onChange={(e) => onChange(e.target.value || undefined)}>
        {(optional || !value) && <option value="">{ui('cell.none')}</option>}
        {all.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </label>
  );
}

export function ChartCell({ cell, state, status, readOnly, ctx, actions }: KindProps<CellOf<'chart'>>) {
  const t = useT();
  const ui = useUiT();
  const columns = ctx.tables.get(cell.input)?.columns.map((c) => c.name) ?? [];
  const setSpec = (patch: Partial<ChartSpec>) => {
    const spec = { ...cell.spec, ...patch };
    for (const k of Object.keys(spec) as (keyof ChartSpec)[]) if (spec[k] === undefined) delete spec[k];
    actions.update(cell.id, { ...cell, spec });
  };
  const chart = state?.output?.kind === 'chart' ? state.output.chart : null;
  return (
    <div className="cell-body">
      <div className="cell-form">
        <InputPicker value={cell.input} options={ctx.tableCells} readOnly={readOnly} onChange={(input) => actions.update(cell.id, { ...cell, input })} />
        <label className="field">
          <span>{ui('cell.chartType')}</span>
          <select value={cell.spec.type} disabled={readOnly} onChange={(e) => setSpec({ type: e.target.value as ChartSpec['type'] })}>
            {chartTypes.map((ty) => (
              <option key={ty} value={ty}>
                {t(`chart.type.${ty}`)}
              </option>
            ))}
          </select>
        </label>
        <ColumnSelect label={ui('cell.x')} value={cell.spec.x} columns={columns} optional={cell.spec.type === 'histogram' || cell.spec.type === 'box'} readOnly={readOnly} onChange={(x) => setSpec({ x })} />
        {cell.spec.type !== 'histogram' && <ColumnSelect label={ui('cell.y')} value={cell.spec.y} columns={columns} optional readOnly={readOnly} onChange={(y) => setSpec({ y })} />}
        <ColumnSelect label={ui('cell.color')} value={cell.spec.color} columns={columns} optional readOnly={readOnly} onChange={(color) => setSpec({ color })} />
      </div>
      {chart && status !== 'queued' && status !== 'running' ? (
        <Chart chart={chart} theme={ctx.theme} label={cell.title ?? cell.id} />
      ) : (
        !chart && status !== 'error' && status !== 'skipped' && status !== 'running' && status !== 'queued' && <EmptyState compact title={t('empty.noOutput')} />
      )}
    </div>
  );
}
