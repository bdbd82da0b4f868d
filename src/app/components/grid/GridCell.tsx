// One printed value: numbers right-aligned, null muted, long text truncated with a tooltip.
import type { CellValue } from './decode';
import { formatNumberCell } from './column-layout';

export function GridValue({ value, nullLabel }: { value: CellValue; nullLabel: string }) {
  if (value === null) return <span className="bt-grid__null">{nullLabel}</span>;
  if (typeof value === 'number') return <>{formatNumberCell(value)}</>;
  if (typeof value === 'boolean') return <span className="bt-grid__bool">{String(value)}</span>;
  return <span title={value.length > 24 ? value : undefined}>{value}</span>;
}
