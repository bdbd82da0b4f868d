// The kind-specific part of a cell: its editor and its output. One small view per kind.
import type { CellState, CellStatus } from '../../pipelines/engine/types';
import type { TableInfo } from '../../pipelines/data/engine';
import type { Cell } from '../../pipelines/notebook/schema';
import type { Theme } from '../session/preferences';
import type { CellActions } from './CellView';
import { MarkdownCell } from './kinds/MarkdownCell';
import { DataCell } from './kinds/DataCell';
import { SqlCell } from './kinds/SqlCell';
import { ChartCell } from './kinds/ChartCell';
import { ProfileCell } from './kinds/ProfileCell';
import { ValidateCell } from './kinds/ValidateCell';
import { TransformCell } from './kinds/TransformCell';
import { SplitCell } from './kinds/SplitCell';
import { TrainCell } from './kinds/TrainCell';
import { TuneCell } from './kinds/TuneCell';
import { EvaluateCell } from './kinds/EvaluateCell';
import { ExplainCell } from './kinds/ExplainCell';
import { ClusterCell } from './kinds/ClusterCell';

export interface CellContext {
  /** Tables made by cells that have run, by cell id (columns feed completion and chart forms). */
  tables: ReadonlyMap<string, TableInfo>;
  /** Ids of cells whose output is a table, in notebook order (for input pickers). */
  tableCells: readonly string[];
  fetchWindow(table: string): (offset: number, limit: number) => Promise<Uint8Array>;
  missingFiles: ReadonlySet<string>;
  theme: Theme;
  /** The notebook's cells, for views that point at other cells (tune → its train cell, evaluate → models). */
  cells?: readonly Cell[];
}

export interface KindProps<C extends Cell = Cell> {
  cell: C;
  state: CellState | undefined;
  status: CellStatus;
  readOnly: boolean;
  ctx: CellContext;
  actions: CellActions;
}

export function CellBody(props: KindProps) {
  const { cell } = props;
  switch (cell.kind) {
    case 'markdown':
      return <MarkdownCell {...props} cell={cell} />;
    case 'data':
      return <DataCell {...props} cell={cell} />;
    case 'sql':
      return <SqlCell {...props} cell={cell} />;
    case 'chart':
      return <ChartCell {...props} cell={cell} />;
    case 'profile':
      return <ProfileCell {...props} cell={cell} />;
    case 'validate':
      return <ValidateCell {...props} cell={cell} />;
    case 'transform':
      return <TransformCell {...props} cell={cell} />;
    case 'split':
      return <SplitCell {...props} cell={cell} />;
    case 'train':
      return <TrainCell {...props} cell={cell} />;
    case 'tune':
      return <TuneCell {...props} cell={cell} />;
    case 'evaluate':
      return <EvaluateCell {...props} cell={cell} />;
    case 'explain':
      return <ExplainCell {...props} cell={cell} />;
    case 'cluster':
      return <ClusterCell {...props} cell={cell} />;
    default: {
      const never: never = cell;
      return never;
    }
  }
}

/** The table a cell produced, when it has run and its output is one. */
export function outputTable(state: CellState | undefined): TableInfo | null {
  return state?.output?.kind === 'table' ? state.output.table : null;
}
