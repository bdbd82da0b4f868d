// Parquet import: a tiny file written here by hand (uncompressed, PLAIN pages; no parquet writer is
// installed), the ZSTD-compressed flights-3m.parquet from vega-datasets, and truncated files.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ipcToRowObjects } from '../arrow';
import { DataImportError, type DataEngine } from '../engine';
import { createNodeEngine } from '../node-engine';
import { columnsToIpc } from './columns';
import { readParquet } from './parquet';

/** Thrift compact protocol, just enough for FileMetaData and PageHeader. */
class Compact {
  bytes: number[] = [];
  private last: number[] = [0];
  private varint(v: bigint): void {
    let x = v;
    do {
      let b = Number(x & 0x7fn);
      x >>= 7n;
      if (x > 0n) b |= 0x80;
      this.bytes.push(b);
    } while (x > 0n);
  }
  private zigzag(v: bigint): void {
    this.varint(v >= 0n ? v << 1n : ((-v) << 1n) - 1n);
  }
  private field(id: number, type: number): void {
    const delta = id - this.last[this.last.length - 1];
    this.last[this.last.length - 1] = id;
    this.bytes.push((delta << 4) | type);
  }
  i32(id: number, v: number): this {
    this.field(id, 5);
    this.zigzag(BigInt(v));
    return this;
  }
  i64(id: number, v: number): this {
    this.field(id, 6);
    this.zigzag(BigInt(v));
    return this;
  }
  binary(id: number, s: string): this {
    this.field(id, 8);
    const b = new TextEncoder().encode(s);
    this.varint(BigInt(b.length));
    this.bytes.push(...b);
    return this;
  }
  struct(id: number, body: (c: Compact) => void): this {
    this.field(id, 12);
    this.last.push(0);
    body(this);
    this.bytes.push(0);
    this.last.pop();
    return this;
  }
  list(id: number, elemType: 5 | 8 | 12, items: unknown[], write: (c: Compact, item: never) => void): this {
    this.field(id, 9);
    this.bytes.push((items.length << 4) | elemType);
    for (const item of items) {
      if (elemType === 12) {
        this.last.push(0);
        write(this, item as never);
        this.bytes.push(0);
        this.last.pop();
      } else write(this, item as never);
    }
    return this;
  }
  rawI32(v: number): void {
    this.zigzag(BigInt(v));
  }
  rawBinary(s: string): void {
    const b = new TextEncoder().encode(s);
    this.varint(BigInt(b.length));
    this.bytes.push(...b);
  }
  end(): number[] {
    this.bytes.push(0);
    return this.bytes;
  }
}

type Col =
  | { name: string; type: 'INT64'; values: (number | null)[] }
  | { name: string; type: 'DOUBLE'; values: (number | null)[] }
  | { name: string; type: 'UTF8'; values: (string | null)[] }
  | { name: string; type: 'BOOLEAN'; values: boolean[] }
  | { name: string; type: 'DATE'; values: number[] };

const physical = { INT64: 2, DOUBLE: 5, UTF8: 6, BOOLEAN: 0, DATE: 1 } as const;

function plain(col: Col): number[] {
  const out: number[] = [];
  const dv = new DataView(new ArrayBuffer(8));
  const present = (col.values as unknown[]).filter((v) => v !== null);
  if (col.type === 'BOOLEAN') {
    for (let i = 0; i < present.length; i += 8) {
      let b = 0;
      for (let k = 0; k < 8 && i + k < present.length; k++) if (present[i + k]) b |= 1 << k;
      out.push(b);
    }
    return out;
  }
  for (const v of present) {
    if (col.type === 'INT64') {
      dv.setBigInt64(0, BigInt(v as number), true);
      out.push(...new Uint8Array(dv.buffer, 0, 8));
    } else if (col.type === 'DOUBLE') {
      dv.setFloat64(0, v as number, true);
      out.push(...new Uint8Array(dv.buffer, 0, 8));
    } else if (col.type === 'DATE') {
      dv.setInt32(0, v as number, true);
      out.push(...new Uint8Array(dv.buffer, 0, 4));
    } else {
      const b = new TextEncoder().encode(v as string);
      dv.setInt32(0, b.length, true);
      out.push(...new Uint8Array(dv.buffer, 0, 4), ...b);
    }
  }
  return out;
}

/** Definition levels (bit width 1) as RLE runs with the v1 page's 4-byte length prefix. */
function defLevels(values: unknown[]): number[] {
  const runs: number[] = [];
  for (let i = 0; i < values.length; ) {
    const level = values[i] === null ? 0 : 1;
    let j = i;
    while (j < values.length && (values[j] === null ? 0 : 1) === level) j++;
    let header = (j - i) << 1;
    do {
      let b = header & 0x7f;
      header >>= 7;
      if (header > 0) b |= 0x80;
      runs.push(b);
    } while (header > 0);
    runs.push(level);
    i = j;
  }
  return [runs.length & 0xff, (runs.length >> 8) & 0xff, 0, 0, ...runs];
}

export function tinyParquet(columns: Col[]): Uint8Array {
  const rows = columns[0].values.length;
  const file: number[] = [...new TextEncoder().encode('PAR1')];
  const chunks: { col: Col; offset: number; size: number }[] = [];
  for (const col of columns) {
    const optional = (col.values as unknown[]).includes(null);
    const body = [...(optional ? defLevels(col.values as unknown[]) : []), ...plain(col)];
    const header = new Compact()
      .i32(1, 0)
      .i32(2, body.length)
      .i32(3, body.length)
      .struct(5, (c) => c.i32(1, rows).i32(2, 0).i32(3, 3).i32(4, 3))
      .end();
    chunks.push({ col, offset: file.length, size: header.length + body.length });
    file.push(...header, ...body);
  }
  const meta = new Compact()
    .i32(1, 1)
    .list(2, 12, [null, ...columns], (c, col: Col | null) => {
      if (col === null) {
        c.binary(4, 'schema').i32(5, columns.length);
        return;
      }
      c.i32(1, physical[col.type]).i32(3, (col.values as unknown[]).includes(null) ? 1 : 0).binary(4, col.name);
      if (col.type === 'UTF8') c.i32(6, 0);
      if (col.type === 'DATE') c.i32(6, 6);
    })
    .i64(3, rows)
    .list(4, 12, [0], (c) => {
      c.list(1, 12, chunks, (cc, ch: (typeof chunks)[number]) => {
        cc.i64(2, ch.offset).struct(3, (m) => {
          m.i32(1, physical[ch.col.type])
            .list(2, 5, [0], (x, e: number) => x.rawI32(e))
            .list(3, 8, [ch.col.name], (x, n: string) => x.rawBinary(n))
            .i32(4, 0)
            .i64(5, rows)
            .i64(6, ch.size)
            .i64(7, ch.size)
            .i64(9, ch.offset);
        });
      })
        .i64(2, chunks.reduce((s, ch) => s + ch.size, 0))
        .i64(3, rows);
    })
    .end();
  const len = meta.length;
  file.push(...meta, len & 0xff, (len >> 8) & 0xff, (len >> 16) & 0xff, (len >> 24) & 0xff, ...new TextEncoder().encode('PAR1'));
  return Uint8Array.from(file);
}

const fixture = tinyParquet([
  { name: 'id', type: 'INT64', values: [1, 2, 3] },
  { name: 'x', type: 'DOUBLE', values: [1.5, null, -2.25] },
  { name: 'name', type: 'UTF8', values: ['ana', 'ñandú', null] },
  { name: 'flag', type: 'BOOLEAN', values: [true, false, true] },
  { name: 'day', type: 'DATE', values: [0, 18262, 19000] },
]);

let engine: DataEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
});
afterAll(() => engine.close());

describe('parquet import', () => {
  it('reads types and nulls from a small file', async () => {
    const info = await engine.importFile('p', { fileName: 'tiny.parquet', bytes: fixture });
    expect(info).toEqual({
      name: 'p',
      rows: 3,
      columns: [
        { name: 'id', type: 'BIGINT' },
        { name: 'x', type: 'DOUBLE' },
        { name: 'name', type: 'VARCHAR' },
        { name: 'flag', type: 'BOOLEAN' },
        { name: 'day', type: 'DATE' },
      ],
    });
    expect(ipcToRowObjects(await engine.queryArrow('SELECT * FROM p ORDER BY id'))).toEqual([
      { id: 1, x: 1.5, name: 'ana', flag: true, day: '1970-01-01' },
      { id: 2, x: null, name: 'ñandú', flag: false, day: '2020-01-01' },
      { id: 3, x: -2.25, name: null, flag: true, day: '2022-01-08' },
    ]);
  });

  it('detects Parquet by its PAR1 marker when the name says nothing', async () => {
    const info = await engine.importFile('p2', { fileName: 'upload', bytes: fixture });
    expect(info.rows).toBe(3);
  });

  it('refuses a truncated file and keeps the existing table', async () => {
    const err = await engine
      .importFile('p', { fileName: 'cut.parquet', bytes: fixture.subarray(0, fixture.length - 10) })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataImportError);
    expect((err as Error).message).toBe(
      'cut.parquet: the Parquet file is truncated (its footer is missing); download or export it again.',
    );
    expect((await engine.describe('p'))?.rows).toBe(3);
  });

  it('refuses a file whose footer is present but whose data is cut', async () => {
    const broken = Uint8Array.from([...fixture.subarray(0, 40), ...fixture.subarray(fixture.length - 8 - 20)]);
    const err = await engine.importFile('p', { fileName: 'bad.parquet', bytes: broken }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataImportError);
    expect((err as Error).message).toMatch(/^bad\.parquet: the Parquet (footer|data) cannot be read: /);
  });

  const flightsPath = () =>
    fileURLToPath(new URL('../../../../node_modules/vega-datasets/data/flights-3m.parquet', import.meta.url));

  it('decodes the first rows of the ZSTD-compressed flights-3m.parquet', async () => {
    const columns = await readParquet('flights-3m.parquet', readFileSync(flightsPath()), { rowEnd: 2 });
    const info = await engine.importArrow('flights_head', columnsToIpc(columns));
    expect(info.columns).toEqual([
      { name: 'date', type: 'TIMESTAMP' },
      { name: 'delay', type: 'BIGINT' },
      { name: 'distance', type: 'BIGINT' },
      { name: 'origin', type: 'VARCHAR' },
      { name: 'destination', type: 'VARCHAR' },
    ]);
    expect(ipcToRowObjects(await engine.exportArrow('flights_head'))).toEqual([
      { date: '2001-01-01T00:01:00.000Z', delay: 33, distance: 2176, origin: 'LAS', destination: 'PHL' },
      { date: '2001-01-01T00:01:00.000Z', delay: 19, distance: 215, origin: 'ATL', destination: 'SAV' },
    ]);
  });

  // 3 million rows: about 15 s on an idle laptop, minutes on a loaded CI box; run with BITACORA_SLOW=1.
  it.runIf(process.env.BITACORA_SLOW)('imports all of flights-3m.parquet', { timeout: 600_000 }, async () => {
    const info = await engine.importFile('flights', { fileName: 'flights-3m.parquet', bytes: readFileSync(flightsPath()) });
    expect(info.rows).toBe(3_000_000);
    await engine.dropTable('flights');
  });
});
