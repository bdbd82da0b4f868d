import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { RUN_RECORD_SCHEMA, type RunRecord } from '../governance/run-record';
import { openIndexedDbStores, RUNS } from './indexeddb';
import { IndexedDbRunStore } from './runs-idb';

function record(id: string, started: string): RunRecord {
  return {
    schema: RUN_RECORD_SCHEMA,
    id,
    notebook: { title: 't', hash: 'h' },
    cell: { id: 'm', kind: 'train', key: 'k', spec: { task: 'regression' } },
    inputs: [{ cell: 'parts', key: 'k0' }],
    data_hashes: ['abc'],
    seed: 42,
    params: { model: 'gbdt' },
    metrics: { test: { rmse: 1.5 } },
    series: { train_loss: [3, 2, 1] },
    backend: 'wasm',
    versions: { 'tfjs-core': '4.22.0' },
    user_agent: 'test',
    started_at: started,
    duration_ms: 12,
    status: 'ok',
    error: null,
    model_hash: 'f'.repeat(64),
  };
}

describe('IndexedDbRunStore', () => {
  it('stores run records per notebook and lists them newest first', async () => {
    const stores = await openIndexedDbStores({ name: `runs-${Math.random()}` });
    const runs = new IndexedDbRunStore(stores.db);
    await runs.put('nb1', record('a', '2026-01-01T10:00:00.000Z'));
    await runs.sink('nb1').put(record('b', '2026-01-02T10:00:00.000Z'));
    await runs.put('nb2', record('c', '2026-01-03T10:00:00.000Z'));
    expect((await runs.list('nb1')).map((r) => r.id)).toEqual(['b', 'a']);
    expect((await runs.list('nb2'))[0]).toEqual(record('c', '2026-01-03T10:00:00.000Z'));
    stores.close();
  });

  it('reads rows written as whole records by earlier versions, and skips unreadable ones', async () => {
    const stores = await openIndexedDbStores({ name: `runs-${Math.random()}` });
    const runs = new IndexedDbRunStore(stores.db);
    await runs.put('nb', record('new', '2026-02-01T00:00:00.000Z'));
    const tx = stores.db.transaction(RUNS, 'readwrite');
    tx.objectStore(RUNS).put({ notebookId: 'nb', record: record('old', '2026-01-01T00:00:00.000Z') });
    tx.objectStore(RUNS).put({ notebookId: 'nb', record: { id: 'torn' }, json: '{"schema":' });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    expect(await runs.list('nb')).toEqual([record('new', '2026-02-01T00:00:00.000Z'), record('old', '2026-01-01T00:00:00.000Z')]);
    stores.close();
  });

  it('refuses an incomplete record, storing nothing', async () => {
    const stores = await openIndexedDbStores({ name: `runs-${Math.random()}` });
    const runs = new IndexedDbRunStore(stores.db);
    const bad = { ...record('x', '2026-01-01T00:00:00.000Z'), backend: undefined } as unknown as RunRecord;
    await expect(runs.put('nb', bad)).rejects.toThrow(/backend/);
    expect(await runs.list('nb')).toEqual([]);
    stores.close();
  });
});
