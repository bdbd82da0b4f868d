// Block arithmetic for windowed tables: rows are fetched in fixed-size blocks, so a visible range
// maps to a few block indices, and a row maps to (block, index within block).

export const DEFAULT_BLOCK_SIZE = 200;

export interface BlockWindow {
  offset: number;
  limit: number;
}

export function blockCount(rowCount: number, blockSize = DEFAULT_BLOCK_SIZE): number {
  return rowCount <= 0 ? 0 : Math.ceil(rowCount / blockSize);
}

/** The rows block `block` covers, clipped to the table (the last block is usually short). */
export function blockWindow(block: number, rowCount: number, blockSize = DEFAULT_BLOCK_SIZE): BlockWindow {
  const offset = block * blockSize;
  return { offset, limit: Math.max(0, Math.min(blockSize, rowCount - offset)) };
}

export function rowLocation(row: number, blockSize = DEFAULT_BLOCK_SIZE): { block: number; index: number } {
  return { block: Math.floor(row / blockSize), index: row % blockSize };
}

/** Blocks holding rows first..last (inclusive), clipped to the table; empty when nothing is visible. */
export function blocksForRange(first: number, last: number, rowCount: number, blockSize = DEFAULT_BLOCK_SIZE): number[] {
  if (rowCount <= 0 || last < first) return [];
  const lo = Math.max(0, first);
  const hi = Math.min(rowCount - 1, last);
  if (hi < lo) return [];
  const out: number[] = [];
  for (let b = Math.floor(lo / blockSize); b <= Math.floor(hi / blockSize); b++) out.push(b);
  return out;
}
