// Modelling kinds (train, tune, evaluate…) get their own views from the ML UI; until then the
// spec is shown as YAML and a JSON output as a small key/value list.
import { stringify } from 'yaml';
import type { Cell } from '../../../pipelines/notebook/schema';
import { useUiT } from '../messages';
import type { KindProps } from '../CellBody';
import { TableOutput } from './TableOutput';

export function OtherCell({ cell, state, ctx }: KindProps<Cell>) {
  const ui = useUiT();
  const { id: _id, kind: _kind, title: _title, collapsed: _collapsed, ...spec } = cell;
  const out = state?.output;
  return (
    <div className="cell-body">
      <p className="cell-notice">{ui('cell.unsupported')}</p>
      <pre className="spec-yaml">{stringify(spec, { lineWidth: 0 })}</pre>
      {out?.kind === 'table' && <TableOutput id={cell.id} state={state} ctx={ctx} />}
      {out?.kind === 'json' && <pre className="spec-yaml">{JSON.stringify(out.value, null, 2)}</pre>}
    </div>
  );
}
