// One virtual row. Memoised: while scrolling, rows already on screen keep their props (their
// offset inside the rows layer does not change), so React only renders rows that scroll in.
import { memo } from 'react';
import type { VirtualItem } from '@tanstack/react-virtual';
import type { DecodedBlock } from './decode';
import { GridValue } from './GridCell';

export interface GridRowProps {
  rowIndex: number;
  top: number;
  width: number;
  height: number;
  gutterWidth: number;
  /** The row's block once loaded; null while loading or failed. */
  block: DecodedBlock | null;
  failed: boolean;
  indexInBlock: number;
  cols: VirtualItem[];
  /** "first:last" of the visible columns, so memo can compare cheaply. */
  colRange: string;
  numeric: boolean[];
  nullLabel: string;
  loadingLabel: string;
}

function GridRowView({ rowIndex, top, width, height, gutterWidth, block, failed, indexInBlock, cols, numeric, nullLabel, loadingLabel }: GridRowProps) {
  return (
    <div role="row" aria-rowindex={rowIndex + 2} className={`bt-grid__row${rowIndex % 2 ? ' bt-grid__row--odd' : ''}`} style={{ transform: `translateY(${top}px)`, width, height }}>
      <div className="bt-grid__gutter" role="rowheader" aria-colindex={1} style={{ width: gutterWidth }}>
        {rowIndex + 1}
      </div>
      {cols.map((c) => (
        <div key={c.key} role="gridcell" aria-colindex={c.index + 2} className={`bt-grid__td${numeric[c.index] ? ' bt-grid__td--num' : ''}`} style={{ left: c.start, width: c.size }}>
          {block ? <GridValue value={block.values[c.index]?.[indexInBlock] ?? null} nullLabel={nullLabel} /> : <span className={`bt-grid__placeholder${failed ? ' bt-grid__placeholder--error' : ''}`} aria-label={loadingLabel} />}
        </div>
      ))}
    </div>
  );
}

export const GridRow = memo(GridRowView, (a, b) =>
  a.rowIndex === b.rowIndex &&
  a.top === b.top &&
  a.width === b.width &&
  a.block === b.block &&
  a.failed === b.failed &&
  a.indexInBlock === b.indexInBlock &&
  a.colRange === b.colRange &&
  a.numeric === b.numeric &&
  a.nullLabel === b.nullLabel &&
  a.loadingLabel === b.loadingLabel,
);
