// Cell states kept between visits, per notebook in the settings store: the finished ones are saved after
// each run and restored on open (their tables then come back from the result cache).
import type { CellState } from '../../pipelines/engine/types';
import type { KeyValueStore } from '../../pipelines/store/store';

const statesKey = (notebookId: string) => `cells:${notebookId}`;

/** Saves ok and error states, without live progress. Failing to save only costs a re-run next visit. */
export async function saveCellStates(settings: KeyValueStore, notebookId: string, states: Iterable<CellState>): Promise<void> {
  const kept = [...states].filter((s) => s.status === 'ok' || s.status === 'error').map(({ progress: _progress, ...s }) => s);
  try {
    await settings.set(statesKey(notebookId), kept);
  } catch {
    // The notebook itself is saved; only its outputs would need running again.
  }
}

/** The states saved last time; none when there are none or they cannot be read. */
export async function loadCellStates(settings: KeyValueStore, notebookId: string): Promise<CellState[]> {
  const saved = await settings.get<CellState[]>(statesKey(notebookId)).catch(() => undefined);
  return Array.isArray(saved) ? saved.filter((s) => s && typeof s.id === 'string') : [];
}
