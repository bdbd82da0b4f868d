// A SQL cell: the editor (with completion of table ids and their columns) and the result table.
import { useMemo } from 'react';
import type { CellOf } from '../../../pipelines/notebook/schema';
import { LazySqlEditor as SqlEditor } from '../../components/sql-editor/LazySqlEditor';
import type { KindProps } from '../CellBody';
import { TableOutput } from './TableOutput';

export function SqlCell({ cell, state, readOnly, ctx, actions }: KindProps<CellOf<'sql'>>) {
  const schema = useMemo(() => {
    const out: Record<string, string[]> = {};
    for (const [id, table] of ctx.tables) if (id !== cell.id) out[id] = table.columns.map((c) => c.name);
    return out;
  }, [ctx.tables, cell.id]);
  return (
    <div className="cell-body">
      <SqlEditor value={cell.sql} schema={schema} readOnly={readOnly} label={cell.id} onChange={(sql) => actions.update(cell.id, { ...cell, sql })} />
      <TableOutput id={cell.id} state={state} ctx={ctx} />
    </div>
  );
}
