// Owns a BlockLoader for the current data source and re-renders the grid as blocks arrive.
// A new fetchWindow, row count or column list means a new result: the old cache is dropped.
import { useEffect, useMemo, useReducer } from 'react';
import { BlockLoader } from './block-loader';
import { decodeWindow, type DecodedBlock } from './decode';

export function useBlockLoader(
  fetchWindow: (offset: number, limit: number) => Promise<Uint8Array>,
  rowCount: number,
  columnNames: readonly string[],
): BlockLoader<DecodedBlock> {
  const [, bump] = useReducer((n: number) => n + 1, 0);
  const namesKey = columnNames.join('\u0000');
  const loader = useMemo(
    () =>
      new BlockLoader<DecodedBlock>({
        rowCount,
        fetchBlock: async (offset, limit) => decodeWindow(await fetchWindow(offset, limit), namesKey.split('\u0000')),
        onChange: bump,
      }),
    [fetchWindow, rowCount, namesKey],
  );
  useEffect(() => () => loader.dispose(), [loader]);
  return loader;
}
