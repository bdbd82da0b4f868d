// Profiles of a hand-made table; the expected numbers are worked out by hand in the comments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqlError, type DataEngine } from './engine';
import { createNodeEngine } from './node-engine';
import { profileKind, profileTable } from './profile';

let engine: DataEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
  await engine.createTableAs(
    'people',
    `SELECT * FROM (VALUES
      (1.0, 'a', true, DATE '2024-03-01', 10),
      (2.0, 'b', false, DATE '2024-01-15', 10),
      (3.0, 'a', true, NULL, 10),
      (4.0, NULL, true, DATE '2024-12-31', 10),
      (NULL, 'a', NULL, DATE '2024-06-30', 10)
    ) t(x, s, b, d, k)`,
  );
});
afterAll(() => engine.close());

describe('profileTable', () => {
  it('numbers: count, nulls, distinct, min/max/mean/std, quartiles, 20-bin histogram', async () => {
    const p = await profileTable(engine, 'people');
    expect(p.table).toBe('people');
    expect(p.rows).toBe(5);
    const x = p.columns[0];
    // values 1..4: mean 2.5; sample variance ((1.5² + 0.5²) * 2) / 3 = 5/3; quantile_cont interpolates
    // at (n - 1) q: 0.75 → 1.75, 1.5 → 2.5, 2.25 → 3.25. Width (4 - 1) / 20 = 0.15: 1 → bin 0,
    // 2 → floor(6.67) = 6, 3 → floor(13.3) = 13, 4 → bin 19 (the last bin keeps its right edge).
    expect(x).toMatchObject({
      name: 'x',
      kind: 'number',
      count: 4,
      nulls: 1,
      distinct: 4,
      distinctApproximate: false,
      min: 1,
      max: 4,
      mean: 2.5,
      p25: 1.75,
      p50: 2.5,
      p75: 3.25,
    });
    if (x.kind !== 'number') throw new Error('x is numeric');
    expect(x.std).toBeCloseTo(Math.sqrt(5 / 3), 12);
    const counts = new Array(20).fill(0);
    counts[0] = counts[6] = counts[13] = counts[19] = 1;
    expect(x.histogram.counts).toEqual(counts);
    expect(x.histogram.edges).toHaveLength(21);
    expect(x.histogram.edges[0]).toBe(1);
    expect(x.histogram.edges[20]).toBe(4);
    expect(x.histogram.edges[10]).toBeCloseTo(2.5, 12);
  });

  it('text and booleans: top values with counts, most frequent first', async () => {
    const p = await profileTable(engine, 'people');
    expect(p.columns[1]).toEqual({
      name: 's',
      type: 'VARCHAR',
      kind: 'text',
      count: 4,
      nulls: 1,
      distinct: 2,
      distinctApproximate: false,
      top: [
        { value: 'a', count: 3 },
        { value: 'b', count: 1 },
      ],
    });
    expect(p.columns[2]).toEqual({
      name: 'b',
      type: 'BOOLEAN',
      kind: 'boolean',
      count: 4,
      nulls: 1,
      distinct: 2,
      distinctApproximate: false,
      top: [
        { value: true, count: 3 },
        { value: false, count: 1 },
      ],
    });
  });

  it('dates: min and max', async () => {
    const p = await profileTable(engine, 'people');
    expect(p.columns[3]).toEqual({
      name: 'd',
      type: 'DATE',
      kind: 'date',
      count: 4,
      nulls: 1,
      distinct: 4,
      distinctApproximate: false,
      min: '2024-01-15',
      max: '2024-12-31',
    });
  });

  it('a constant column gets one histogram bin and zero spread', async () => {
    const p = await profileTable(engine, 'people');
    expect(p.columns[4]).toMatchObject({ name: 'k', type: 'INTEGER', min: 10, max: 10, mean: 10, std: 0, p50: 10 });
    if (p.columns[4].kind !== 'number') throw new Error('k is numeric');
    expect(p.columns[4].histogram).toEqual({ edges: [10, 10], counts: [5] });
  });

  it('is JSON-serialisable as is', async () => {
    const p = await profileTable(engine, 'people');
    expect(JSON.parse(JSON.stringify(p))).toEqual(p);
  });

  it('an empty table profiles with null statistics', async () => {
    await engine.createTableAs('nothing', 'SELECT 1.5::DOUBLE AS v, \'x\' AS s WHERE false');
    const p = await profileTable(engine, 'nothing');
    expect(p.rows).toBe(0);
    expect(p.columns[0]).toMatchObject({ count: 0, nulls: 0, min: null, max: null, mean: null, std: null, histogram: { edges: [], counts: [] } });
    expect(p.columns[1]).toMatchObject({ count: 0, top: [] });
  });

  it('unknown tables are a SqlError', async () => {
    await expect(profileTable(engine, 'nope')).rejects.toThrow(SqlError);
  });

  it('maps DuckDB types to profile kinds', () => {
    expect(['BIGINT', 'DECIMAL(10,2)', 'VARCHAR', 'BOOLEAN', 'TIMESTAMP WITH TIME ZONE', 'DATE', 'INTEGER[]', 'BLOB'].map(profileKind)).toEqual([
      'number',
      'number',
      'text',
      'boolean',
      'date',
      'date',
      'other',
      'other',
    ]);
  });
});
