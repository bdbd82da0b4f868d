import { describe, expect, it } from 'vitest';
import type { CellState } from '../../pipelines/engine/types';
import { MemoryKeyValueStore } from '../../pipelines/store/memory';
import { loadCellStates, saveCellStates } from './cell-states';

const state = (id: string, status: CellState['status'], extra: Partial<CellState> = {}): CellState => ({ id, status, key: 'k', cached: false, ms: 5, rows: 3, error: null, output: null, ...extra }) as CellState;

describe('cell states between visits', () => {
  it('keeps finished states (ok, error) without their progress, per notebook', async () => {
    const settings = new MemoryKeyValueStore();
    await saveCellStates(settings, 'nb1', [state('a', 'ok', { progress: { fraction: 0.3 } }), state('b', 'error', { error: 'boom' }), state('c', 'running'), state('d', 'cancelled')]);
    expect(await loadCellStates(settings, 'nb1')).toEqual([state('a', 'ok'), state('b', 'error', { error: 'boom' })]);
    expect(await loadCellStates(settings, 'nb2')).toEqual([]);
  });
  it('reads nothing from a damaged entry', async () => {
    const settings = new MemoryKeyValueStore();
    await settings.set('cells:nb', { not: 'a list' });
    expect(await loadCellStates(settings, 'nb')).toEqual([]);
    await settings.set('cells:nb', [null, { id: 7 }, state('ok1', 'ok')]);
    expect(await loadCellStates(settings, 'nb')).toEqual([state('ok1', 'ok')]);
  });
});
