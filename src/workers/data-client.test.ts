// The worker API and its client over a real MessageChannel (what a Worker uses), with the Node engine
// standing in for the browser one: results arrive as transferred IPC bytes, errors keep their class.
import * as Comlink from 'comlink';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ipcToRowObjects } from '../pipelines/data/arrow';
import { DataImportError, SqlError, type DataEngine } from '../pipelines/data/engine';
import { createNodeEngine } from '../pipelines/data/node-engine';
import { createWorkerEngine } from './data-client';
import { dataWorkerApi } from './data.worker';

let starts = 0;
let client: DataEngine;
let channel: MessageChannel;

beforeAll(() => {
  channel = new MessageChannel();
  Comlink.expose(
    dataWorkerApi(() => {
      starts++;
      return createNodeEngine();
    }),
    channel.port1 as unknown as Comlink.Endpoint,
  );
  client = createWorkerEngine(() => channel.port2 as unknown as Comlink.Endpoint);
});
afterAll(async () => {
  await client.close();
  channel.port1.close();
});

describe('createWorkerEngine', () => {
  it('starts the engine lazily, once', async () => {
    expect(starts).toBe(0);
    await Promise.all([client.version(), client.memory()]);
    expect(starts).toBe(1);
  });

  it('imports and queries through the channel; IPC bytes come back whole', async () => {
    const info = await client.importFile('t', { fileName: 't.csv', bytes: new TextEncoder().encode('a,b\n1,x\n2,y\n') });
    expect(info).toEqual({ name: 't', rows: 2, columns: [{ name: 'a', type: 'BIGINT' }, { name: 'b', type: 'VARCHAR' }] });
    const bytes = await client.queryArrow('SELECT * FROM t ORDER BY a');
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(ipcToRowObjects(bytes)).toEqual([
      { a: 1, b: 'x' },
      { a: 2, b: 'y' },
    ]);
    expect(ipcToRowObjects(await client.readWindow('t', 1, 5))).toEqual([{ a: 2, b: 'y' }]);
    const copy = await client.importArrow('t2', await client.exportArrow('t'));
    expect(copy.rows).toBe(2);
    expect(await client.tableRefs('WITH x AS (SELECT * FROM t) SELECT * FROM x JOIN t2 ON true')).toEqual(['t', 't2']);
  });

  it('errors keep their class across the thread boundary', async () => {
    const importErr = await client.importFile('t', { fileName: 'e.csv', bytes: new Uint8Array() }).catch((e: unknown) => e);
    expect(importErr).toBeInstanceOf(DataImportError);
    expect((importErr as Error).message).toBe('e.csv: the file is empty.');
    const sqlErr = await client.queryArrow('SELECT * FROM missing_table').catch((e: unknown) => e);
    expect(sqlErr).toBeInstanceOf(SqlError);
    expect((sqlErr as Error).message).toMatch(/^Catalog Error: Table with name missing_table does not exist/);
  });
});
