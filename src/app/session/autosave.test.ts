import { describe, expect, it } from 'vitest';
import type { Notebook } from '../../pipelines/notebook/schema';
import { ConflictError, StorageFullError, type NotebookStore, type StoredNotebook } from '../../pipelines/store/store';
import { Autosave, type SaveState } from './autosave';

const nb = (title: string): Notebook => ({ format: 'bitacora/1', title, cells: [] });

/** An in-memory NotebookStore with the same revision rule as IndexedDB. */
function memoryStore(): NotebookStore & { rows: Map<string, StoredNotebook>; fail?: Error } {
  const rows = new Map<string, StoredNotebook>();
  const store = {
    rows,
    fail: undefined as Error | undefined,
    async list() {
      return [];
    },
    async get(id: string) {
      return rows.get(id) ?? null;
    },
    async save(id: string, notebook: Notebook, expected: number | null) {
      if (store.fail) throw store.fail;
      const stored = rows.get(id)?.revision ?? null;
      if (stored !== expected) throw new ConflictError(id, expected, stored);
      const revision = (stored ?? 0) + 1;
      rows.set(id, { id, notebook, revision, updatedAt: '2026-01-01T00:00:00Z' });
      return revision;
    },
    async delete(id: string) {
      rows.delete(id);
    },
  };
  return store;
}

function setup() {
  const store = memoryStore();
  let current = nb('one');
  const states: SaveState[] = [];
  const autosave = new Autosave(store, { notebook: () => current, id: () => 'nb-1', onState: (s) => states.push(s) }, 10_000);
  return { store, autosave, states, edit: (t: string) => ((current = nb(t)), autosave.schedule()) };
}

describe('Autosave', () => {
  it('saves the latest edit with the expected revision', async () => {
    const { store, autosave, states, edit } = setup();
    await store.save('nb-1', nb('zero'), null);
    autosave.adopt(1);
    edit('one');
    edit('two');
    await autosave.flush();
    expect(store.rows.get('nb-1')).toMatchObject({ revision: 2, notebook: { title: 'two' } });
    expect(states.map((s) => s.status)).toEqual(['dirty', 'dirty', 'saving', 'saved']);
    expect(states.at(-1)?.revision).toBe(2);
  });

  it('stops on a conflict, writes nothing, and ignores further edits until resolved', async () => {
    const { store, autosave, states, edit } = setup();
    await store.save('nb-1', nb('mine'), null);
    autosave.adopt(1);
    await store.save('nb-1', nb('other tab'), 1);
    edit('mine, edited');
    await autosave.flush();
    expect(states.at(-1)).toMatchObject({ status: 'conflict' });
    expect(states.at(-1)?.message).toMatch(/Another tab or window saved this notebook/);
    expect(store.rows.get('nb-1')?.notebook.title).toBe('other tab');
    edit('again');
    await autosave.flush();
    expect(store.rows.get('nb-1')?.notebook.title).toBe('other tab');
    autosave.adopt(2);
    edit('after reload');
    await autosave.flush();
    expect(store.rows.get('nb-1')).toMatchObject({ revision: 3, notebook: { title: 'after reload' } });
  });

  it('keeps the edit pending when storage is full and saves it once there is room', async () => {
    const { store, autosave, states, edit } = setup();
    autosave.adopt(null);
    store.fail = new StorageFullError(10, 10);
    edit('big');
    await autosave.flush();
    expect(states.at(-1)).toMatchObject({ status: 'full' });
    expect(store.rows.size).toBe(0);
    store.fail = undefined;
    await autosave.flush();
    expect(store.rows.get('nb-1')).toMatchObject({ revision: 1, notebook: { title: 'big' } });
  });
});
