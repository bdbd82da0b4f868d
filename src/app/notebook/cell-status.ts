// What a cell's badge says: the executor's status, turned amber ('stale') when the output shown
// no longer matches the cell's spec or inputs.
import type { CellState, CellStatus } from '../../pipelines/engine/types';

export function effectiveStatus(state: CellState | undefined, stale: boolean): CellStatus {
  const status = state?.status ?? 'idle';
  if (status === 'queued' || status === 'running') return status;
  if (stale && status === 'ok') return 'stale';
  return status;
}

export function formatMs(ms: number): string {
  if (ms < 10) return ms.toFixed(1);
  return String(Math.round(ms));
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = bytes / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v < 10 ? v.toFixed(1) : Math.round(v)} ${units[i]}`;
}
