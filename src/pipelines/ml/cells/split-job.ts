// The work of a split cell: a seeded train/test assignment for every row of its input.
import { CellError } from '../../engine/types';
import type { CellOf } from '../../notebook/schema';
import type { Frame } from '../frame';
import { chronologicalSplit, groupSplit, randomSplit, stratifiedSplit } from '../split/holdout';
import type { TrainTest } from '../split/input';
import { frameFromIpc } from './frame-table';

export interface SplitPayload {
  ipc: Uint8Array;
  cell: CellOf<'split'>;
}

export interface SplitResult {
  /** 'train' or 'test', one per input row, in table order. */
  assignment: string[];
  train: number;
  test: number;
}

function byColumn(frame: Frame, cell: CellOf<'split'>) {
  if (!cell.by) throw new CellError(cell.id, `by: the ${cell.method} split needs a column (by: <column>)`, 'by');
  const c = frame.columns.find((col) => col.name === cell.by);
  if (!c) throw new CellError(cell.id, `by: column "${cell.by}" not found; the table has: ${frame.columns.map((col) => col.name).join(', ')}`, 'by');
  return c;
}

export async function splitJob({ ipc, cell }: SplitPayload): Promise<SplitResult> {
  const frame = frameFromIpc(ipc);
  let parts: TrainTest;
  try {
    switch (cell.method) {
      case 'random':
        parts = randomSplit(frame.rows, { testSize: cell.test_size, seed: cell.seed });
        break;
      case 'stratified':
        parts = stratifiedSplit(byColumn(frame, cell).values, { testSize: cell.test_size, seed: cell.seed });
        break;
      case 'group':
        parts = groupSplit(byColumn(frame, cell).values, { testSize: cell.test_size, seed: cell.seed });
        break;
      case 'chronological': {
        const c = byColumn(frame, cell);
        if (c.kind === 'string') throw new CellError(cell.id, `by: column "${cell.by}" holds text; a chronological split needs a date/time or number column`, 'by');
        parts = chronologicalSplit(c.values, { testSize: cell.test_size });
        break;
      }
      default: {
        const never: never = cell.method;
        throw new CellError(cell.id, `method: unknown split method ${String(never)}`, 'method');
      }
    }
  } catch (e) {
    if (e instanceof CellError) throw e;
    throw new CellError(cell.id, (e as Error).message);
  }
  const assignment = new Array<string>(frame.rows).fill('train');
  for (const i of parts.test) assignment[i] = 'test';
  return { assignment, train: parts.train.length, test: parts.test.length };
}
