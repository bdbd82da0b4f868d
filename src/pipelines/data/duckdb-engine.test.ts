// DuckDbEngine on the Node bundle: every import format, every kind of broken file (with the exact
// message), the offline lock, table references from DuckDB's parser, windows and Arrow round trips.
import { tableFromArrays, tableToIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeIpc, ipcToRowObjects } from './arrow';
import { DataImportError, SqlError, type DataEngine, type FileInput } from './engine';
import { createNodeEngine } from './node-engine';

const text = (s: string) => new TextEncoder().encode(s);
const file = (fileName: string, content: string | Uint8Array): FileInput => ({
  fileName,
  bytes: typeof content === 'string' ? text(content) : content,
});

let engine: DataEngine;
beforeAll(async () => {
  // A small line cap so the "huge line" case needs kilobytes, not 100 MB.
  engine = await createNodeEngine({ maxLineBytes: 1000 });
});
afterAll(() => engine.close());

async function rows(sql: string) {
  return ipcToRowObjects(await engine.queryArrow(sql));
}

async function importError(name: string, input: FileInput): Promise<string> {
  const err = await engine.importFile(name, input).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DataImportError);
  return (err as Error).message;
}

describe('importFile: formats', () => {
  it('CSV with types sniffed by DuckDB', async () => {
    const info = await engine.importFile('csv_t', file('t.csv', 'id,name,day,score\n1,ana,2024-01-02,1.5\n2,"b, c",,\n'));
    expect(info).toEqual({
      name: 'csv_t',
      rows: 2,
      columns: [
        { name: 'id', type: 'BIGINT' },
        { name: 'name', type: 'VARCHAR' },
        { name: 'day', type: 'DATE' },
        { name: 'score', type: 'DOUBLE' },
      ],
    });
    expect(await rows('SELECT * FROM csv_t ORDER BY id')).toEqual([
      { id: 1, name: 'ana', day: '2024-01-02', score: 1.5 },
      { id: 2, name: 'b, c', day: null, score: null },
    ]);
  });

  it('TSV keeps commas inside fields', async () => {
    await engine.importFile('tsv_t', file('t.tsv', 'a\tb\n1\thello, world\n'));
    expect(await rows('SELECT * FROM tsv_t')).toEqual([{ a: 1, b: 'hello, world' }]);
  });

  it('JSON array of objects: first-seen key order, missing keys null, nested values as JSON text', async () => {
    const info = await engine.importFile(
      'json_t',
      file('t.json', '[{"a": 1, "b": "x", "c": true, "d": 1.5}, {"a": 2, "b": null, "e": {"k": [1]}}]'),
    );
    expect(info.columns).toEqual([
      { name: 'a', type: 'BIGINT' },
      { name: 'b', type: 'VARCHAR' },
      { name: 'c', type: 'BOOLEAN' },
      { name: 'd', type: 'DOUBLE' },
      { name: 'e', type: 'VARCHAR' },
    ]);
    expect(await rows('SELECT * FROM json_t')).toEqual([
      { a: 1, b: 'x', c: true, d: 1.5, e: null },
      { a: 2, b: null, c: null, d: null, e: '{"k":[1]}' },
    ]);
  });

  it('JSON lines', async () => {
    const info = await engine.importFile('jsonl_t', file('t.jsonl', '{"a": 1, "b": 0.5}\n\n{"a": 2, "b": 3}\n'));
    expect(info.columns).toEqual([
      { name: 'a', type: 'BIGINT' },
      { name: 'b', type: 'DOUBLE' },
    ]);
    expect(await rows('SELECT * FROM jsonl_t')).toEqual([
      { a: 1, b: 0.5 },
      { a: 2, b: 3 },
    ]);
  });

  it('Arrow IPC stream and file, detected by their magic bytes', async () => {
    const table = tableFromArrays({ x: Float64Array.from([1, 2.5]), s: ['p', 'q'] });
    await engine.importFile('arrow_s', file('upload.bin', tableToIPC(table, 'stream')));
    await engine.importFile('arrow_f', file('upload.bin', tableToIPC(table, 'file')));
    for (const name of ['arrow_s', 'arrow_f']) {
      expect(await rows(`SELECT * FROM ${name}`)).toEqual([
        { x: 1, s: 'p' },
        { x: 2.5, s: 'q' },
      ]);
    }
  });

  it('sniffs JSON and CSV when the name has no known extension', async () => {
    expect((await engine.importFile('sniff_j', file('data', ' [{"a": 1}]'))).columns).toEqual([{ name: 'a', type: 'BIGINT' }]);
    expect((await engine.importFile('sniff_c', file('data', 'a,b\n1,2\n'))).columns.map((c) => c.name)).toEqual(['a', 'b']);
  });

  it('semicolon-separated .csv files (common with decimal commas)', async () => {
    await engine.importFile('es_csv', file('es.csv', 'nombre;importe\n"Ana; B";12\nLuis;7\n'));
    expect(await rows('SELECT * FROM es_csv')).toEqual([
      { nombre: 'Ana; B', importe: 12 },
      { nombre: 'Luis', importe: 7 },
    ]);
  });

  it('quotes table names safely', async () => {
    const name = 'my "odd"; DROP TABLE csv_t; --';
    await engine.importFile(name, file('t.csv', 'a\n1\n'));
    expect((await engine.describe(name))?.rows).toBe(1);
    expect(await engine.describe('csv_t')).not.toBeNull();
    await engine.dropTable(name);
    expect(await engine.describe(name)).toBeNull();
  });
});

describe('importFile: broken files', () => {
  it('empty file', async () => {
    expect(await importError('bad', file('e.csv', ''))).toBe('e.csv: the file is empty.');
    expect(await importError('bad', file('e.json', '  \n'))).toBe('e.json: the file is empty.');
  });

  it('binary data read as CSV', async () => {
    const bytes = Uint8Array.from({ length: 500 }, (_, i) => (i * 7919) % 256);
    expect(await importError('bad', file('b.csv', bytes))).toBe(
      'b.csv: this is not a text file (it contains NUL bytes), so it cannot be read as CSV.',
    );
  });

  it('ragged rows name the line (too few and too many fields)', async () => {
    expect(await importError('bad', file('r.csv', 'a,b\n1,2\n3\n4,5\n'))).toBe(
      'r.csv: line 3 has 1 field, but the header has 2. Fix that row (or quote fields that contain the delimiter).',
    );
    const many = `a,b\n${Array.from({ length: 3000 }, (_, i) => `${i},x`).join('\n')}\n1,2,3\n`;
    expect(await importError('bad', file('r.csv', many))).toBe(
      'r.csv: line 3002 has 3 fields, but the header has 2. Fix that row (or quote fields that contain the delimiter).',
    );
  });

  it('invalid UTF-8 names the line', async () => {
    const bytes = Uint8Array.from([...text('a,b\n1,2\n'), 0xff, 0xfe, ...text(',3\n')]);
    expect(await importError('bad', file('u.csv', bytes))).toBe(
      'u.csv: invalid UTF-8 on line 3. Save the file as UTF-8 and import it again.',
    );
    expect(await importError('bad', file('u.json', Uint8Array.from([...text('[{"a": "'), 0xc3, 0x28, ...text('"}]')])))).toBe(
      'u.json: invalid UTF-8 on line 1 (byte 8). Save the file as UTF-8 and import it again.',
    );
  });

  it('a single line over the cap', async () => {
    expect(await importError('bad', file('h.csv', `a\n${'x'.repeat(2000)}\n`))).toBe(
      'h.csv: line 2 is 2000 bytes long, over the 1000 bytes limit for one line. Check that the file uses line breaks between records.',
    );
  });

  it('JSON that is not an array of objects', async () => {
    expect(await importError('bad', file('s.json', '42'))).toBe(
      's.json: expected an array of objects or JSON lines, but the file holds a number at the top level.',
    );
    expect(await importError('bad', file('a.json', '[{"a": 1}, 2]'))).toBe(
      'a.json: expected an array of objects, but element 2 is a number. Use an array of records like [{"a": 1}, {"a": 2}] or one object per line (JSON lines).',
    );
    expect(await importError('bad', file('l.jsonl', '{"a": 1}\n[1]\n'))).toBe(
      'l.jsonl: line 2 is an array; JSON lines must hold one object per line.',
    );
    expect(await importError('bad', file('n.json', '[]'))).toBe('n.json: the JSON holds no records.');
  });

  it('malformed JSON lines name the line', async () => {
    expect(await importError('bad', file('m.jsonl', '{"a": 1}\n{"a": 2\n'))).toMatch(/^m\.jsonl: invalid JSON on line 2: /);
  });

  it('Arrow bytes that are not Arrow', async () => {
    expect(await importError('bad', { fileName: 'x.arrow', bytes: text('hello'), format: 'arrow' })).toBe(
      'x.arrow: not a readable Arrow IPC file or stream (no schema found).',
    );
  });

  it('a failed import leaves the existing table as it was, and no temporary tables behind', async () => {
    await engine.importFile('keep', file('k.csv', 'a\n1\n2\n'));
    await importError('keep', file('r.csv', 'a,b\n1,2\n3\n'));
    await importError('keep', file('s.json', '"x"'));
    expect(await rows('SELECT * FROM keep')).toEqual([{ a: 1 }, { a: 2 }]);
    expect(await rows("SELECT table_name FROM duckdb_tables() WHERE table_name LIKE '__bitacora_import%'")).toEqual([]);
  });

  it('a successful import replaces the table', async () => {
    await engine.importFile('keep', file('k.csv', 'b\nz\n'));
    expect(await rows('SELECT * FROM keep')).toEqual([{ b: 'z' }]);
  });
});

describe('SQL', () => {
  it('createTableAs, and DuckDB errors as SqlError', async () => {
    const info = await engine.createTableAs('ctas', 'SELECT range AS i FROM range(5);');
    expect(info).toEqual({ name: 'ctas', rows: 5, columns: [{ name: 'i', type: 'BIGINT' }] });
    const err = await engine.createTableAs('ctas2', 'SELECT nope FROM ctas').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SqlError);
    expect((err as Error).message).toMatch(/^Binder Error: Referenced column "nope" not found/);
  });

  it('BIGINT and DECIMAL become JS numbers, or exact strings past 2^53', async () => {
    expect(
      await rows('SELECT 42::BIGINT AS a, 9007199254740993::BIGINT AS b, 12.34::DECIMAL(10, 2) AS c, -0.5::DECIMAL(20, 3) AS d'),
    ).toEqual([{ a: 42, b: '9007199254740993', c: 12.34, d: -0.5 }]);
    const decoded = decodeIpc(await engine.queryArrow('SELECT 42::BIGINT AS a, 12.34::DECIMAL(10, 2) AS c'));
    expect(decoded.columns.map((c) => [c.kind, Array.from(c.values as Float64Array)])).toEqual([
      ['number', [42]],
      ['number', [12.34]],
    ]);
  });

  it('queryArrow returns an IPC stream (continuation marker first)', async () => {
    const bytes = await engine.queryArrow('SELECT 1 AS x');
    expect(Array.from(bytes.subarray(0, 4))).toEqual([0xff, 0xff, 0xff, 0xff]);
  });

  it('empty results keep their schema', async () => {
    const decoded = decodeIpc(await engine.queryArrow('SELECT 1::INTEGER AS x, 2.0::DOUBLE AS y WHERE false'));
    expect(decoded.rows).toBe(0);
    expect(decoded.columns.map((c) => c.name)).toEqual(['x', 'y']);
  });
});

describe('tableRefs (DuckDB parser)', () => {
  const cases: [string, string, string[]][] = [
    ['join', 'SELECT * FROM orders o JOIN customers c ON o.cid = c.id', ['customers', 'orders']],
    ['subquery', 'SELECT * FROM a WHERE x IN (SELECT x FROM b) AND EXISTS (SELECT 1 FROM (SELECT * FROM c) s)', ['a', 'b', 'c']],
    ['CTE names excluded', 'WITH a AS (SELECT * FROM t) SELECT * FROM a', ['t']],
    ['recursive CTE', 'WITH RECURSIVE r AS (SELECT 1 AS n UNION ALL SELECT n + 1 FROM r WHERE n < 3) SELECT * FROM r, t2', ['t2']],
    ['quoted identifiers, lower-cased', 'SELECT * FROM "My Table" JOIN main.Other ON true', ['my table', 'other']],
    ['unique and sorted', 'SELECT * FROM z UNION ALL SELECT * FROM Z UNION ALL SELECT * FROM a', ['a', 'z']],
    ['no tables', 'SELECT 1 + 1', []],
    ['trailing semicolon', 'SELECT * FROM t;', ['t']],
    // These need column names, which GetTableNames' stand-in tables lack; see table-refs.ts.
    ['JOIN USING', 'SELECT * FROM up1 JOIN up2 USING (k, "j")', ['up1', 'up2']],
    ['NATURAL LEFT JOIN', 'SELECT * FROM up1 NATURAL LEFT JOIN up2', ['up1', 'up2']],
    ['ASOF JOIN', 'SELECT * FROM up1 ASOF JOIN up2 ON up1.t >= up2.t', ['up1', 'up2']],
    ['USING in a CTE, USING SAMPLE and strings', "WITH c AS (SELECT * FROM up1 JOIN up2 USING (k)) SELECT 'USING (x)' FROM c USING SAMPLE 10", ['up1', 'up2']],
  ];
  for (const [label, sql, expected] of cases) {
    it(label, async () => {
      expect(await engine.tableRefs(sql)).toEqual(expected);
    });
  }

  it('syntax errors are SqlErrors with DuckDB message', async () => {
    const err = await engine.tableRefs('SELEC * FROM t').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SqlError);
    expect((err as Error).message).toMatch(/^Parser Error: syntax error at or near "SELEC"/);
  });
});

describe('offline lock', () => {
  it('SQL cannot read URLs: a clear SqlError, at once', async () => {
    const started = Date.now();
    const err = await engine.queryArrow("SELECT * FROM read_csv('https://example.com/x.csv')").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SqlError);
    expect((err as Error).message).toMatch(
      /^Permission Error: Cannot access file "https:\/\/example\.com\/x\.csv" - file system operations are disabled by configuration/,
    );
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('SQL cannot read local files, install extensions or unlock the configuration', async () => {
    await expect(engine.queryArrow("SELECT * FROM read_csv('/etc/passwd')")).rejects.toThrow(/Permission Error/);
    await expect(engine.queryArrow("ATTACH 'other.db'")).rejects.toThrow(/Permission Error/);
    await expect(engine.queryArrow('LOAD httpfs')).rejects.toThrow(
      'Permission Error: Loading external extensions is disabled through configuration',
    );
    await expect(engine.queryArrow("SELECT * FROM read_parquet('x.parquet')")).rejects.toThrow(
      /^Catalog Error: Table Function with name "read_parquet" is not in the catalog, but it exists in the parquet extension/,
    );
    await expect(engine.queryArrow('SET enable_external_access = true')).rejects.toThrow(
      'Invalid Input Error: Cannot change configuration option "enable_external_access" - the configuration has been locked',
    );
    await expect(engine.queryArrow("SET allowed_directories = ['/']")).rejects.toThrow(/the configuration has been locked/);
  });
});

describe('windows, Arrow round trip, describe, memory, version', () => {
  it('readWindow pages in stored order', async () => {
    await engine.createTableAs('win', 'SELECT 9 - range AS v FROM range(10)');
    const page = async (offset: number, limit: number) =>
      (await ipcToRowObjects(await engine.readWindow('win', offset, limit))).map((r) => r.v);
    expect(await page(0, 3)).toEqual([9, 8, 7]);
    expect(await page(3, 3)).toEqual([6, 5, 4]);
    expect(await page(9, 3)).toEqual([0]);
    expect(await page(20, 3)).toEqual([]);
  });

  it('exportArrow → importArrow keeps values, types and nulls', async () => {
    await engine.createTableAs(
      'rt',
      "SELECT * FROM (VALUES (1::BIGINT, 'a', 1.5::DOUBLE, DATE '2024-02-29', TIMESTAMP '2024-01-02 03:04:05', true), " +
        '(NULL, NULL, NULL, NULL, NULL, NULL)) t(i, s, d, day, ts, b)',
    );
    const ipc = await engine.exportArrow('rt');
    const info = await engine.importArrow('rt_copy', ipc);
    expect(info.columns).toEqual((await engine.describe('rt'))!.columns.map((c) => ({ ...c })));
    expect(await rows('SELECT * FROM rt_copy')).toEqual([
      { i: 1, s: 'a', d: 1.5, day: '2024-02-29', ts: '2024-01-02T03:04:05.000Z', b: true },
      { i: null, s: null, d: null, day: null, ts: null, b: null },
    ]);
    expect(await rows('SELECT count(*)::INT AS n FROM (SELECT * FROM rt EXCEPT SELECT * FROM rt_copy)')).toEqual([{ n: 0 }]);
  });

  it('describe returns null for unknown tables', async () => {
    expect(await engine.describe('no_such_table')).toBeNull();
  });

  it('memory reports usage against the 3 GiB wasm heap', async () => {
    const m = await engine.memory();
    expect(m.limitBytes).toBe(3 * 1024 ** 3);
    expect(m.usedBytes).toBeGreaterThan(0);
  });

  it('version names both packages', async () => {
    expect(await engine.version()).toMatch(/^duckdb-wasm 1\.32\.0 \(DuckDB v1\.\d+\.\d+\)$/);
  });
});
