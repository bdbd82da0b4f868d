// Chart data for each chart type on small tables whose aggregates are easy to check by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChartSpecError, LINE_MAX_POINTS, SCATTER_MAX_POINTS, chartData } from './chart-data';
import type { DataEngine } from './engine';
import { createNodeEngine } from './node-engine';

let engine: DataEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
  await engine.createTableAs(
    'sales',
    `SELECT * FROM (VALUES
      ('north', 'a', 1, 10.0), ('north', 'b', 2, 20.0), ('north', 'a', 3, 30.0),
      ('south', 'a', 4, 1.0), ('south', 'b', 5, 2.0), ('south', 'b', 6, 100.0)
    ) t(region, kind, day, amount)`,
  );
  await engine.createTableAs('big', 'SELECT range AS i, (range % 7)::DOUBLE AS v, range % 2 = 0 AS even FROM range(20000)');
});
afterAll(() => engine.close());

describe('chartData', () => {
  it('bar: avg(y) per x when x repeats', async () => {
    expect(await chartData(engine, 'sales', { type: 'bar', x: 'region', y: 'amount' })).toEqual({
      type: 'bar',
      traces: [{ name: 'avg(amount)', x: ['north', 'south'], y: [20, 103 / 3] }],
      xLabel: 'region',
      yLabel: 'avg(amount)',
    });
  });

  it('bar: raw values when x is unique, one trace per colour', async () => {
    const raw = await chartData(engine, 'sales', { type: 'bar', x: 'day', y: 'amount' });
    expect(raw.traces).toEqual([{ name: 'amount', x: [1, 2, 3, 4, 5, 6], y: [10, 20, 30, 1, 2, 100] }]);
    const coloured = await chartData(engine, 'sales', { type: 'bar', x: 'region', y: 'amount', color: 'kind' });
    expect(coloured.traces).toEqual([
      { name: 'a', x: ['north', 'south'], y: [20, 1] },
      { name: 'b', x: ['north', 'south'], y: [20, 51] },
    ]);
  });

  it('bar without y counts rows', async () => {
    const data = await chartData(engine, 'sales', { type: 'bar', x: 'kind' });
    expect(data.traces).toEqual([{ name: 'count', x: ['a', 'b'], y: [3, 3] }]);
    expect(data.yLabel).toBe('count');
  });

  it('line: ordered by x, split by colour', async () => {
    const data = await chartData(engine, 'sales', { type: 'line', x: 'day', y: 'amount', color: 'region' });
    expect(data.traces).toEqual([
      { name: 'north', x: [1, 2, 3], y: [10, 20, 30] },
      { name: 'south', x: [4, 5, 6], y: [1, 2, 100] },
    ]);
    expect(data.truncated).toBeUndefined();
  });

  it('line: long series are thinned to at most 5000 points, deterministically', async () => {
    const data = await chartData(engine, 'big', { type: 'line', x: 'i', y: 'v' });
    expect(data.traces[0].x.length).toBeLessThanOrEqual(LINE_MAX_POINTS);
    expect(data.traces[0].x.slice(0, 3)).toEqual([0, 4, 8]);
    expect(data.truncated).toBe(true);
  });

  it('scatter: all points when few, a repeatable sample of 10000 when many', async () => {
    const few = await chartData(engine, 'sales', { type: 'scatter', x: 'day', y: 'amount' });
    expect(few.traces).toEqual([{ name: 'amount', x: [1, 2, 3, 4, 5, 6], y: [10, 20, 30, 1, 2, 100] }]);
    const many = await chartData(engine, 'big', { type: 'scatter', x: 'i', y: 'v', color: 'even' });
    const again = await chartData(engine, 'big', { type: 'scatter', x: 'i', y: 'v', color: 'even' });
    expect(many.truncated).toBe(true);
    expect(many.traces.reduce((n, t) => n + t.x.length, 0)).toBe(SCATTER_MAX_POINTS);
    expect(many.traces.map((t) => t.name)).toEqual(['false', 'true']);
    expect(again).toEqual(many);
  });

  it('histogram: bins computed in SQL', async () => {
    // amounts 1, 2, 10, 20, 30, 100 over [1, 100] in 3 bins of width 33: two bins hold 5 and 1 values
    const data = await chartData(engine, 'sales', { type: 'histogram', x: 'amount', bins: 3 });
    expect(data.traces).toEqual([{ name: 'count', x: [17.5, 50.5, 83.5], y: [5, 0, 1] }]);
    expect(data.yLabel).toBe('count');
  });

  it('box: quartiles and whiskers per group', async () => {
    const data = await chartData(engine, 'sales', { type: 'box', x: 'region', y: 'amount' });
    // north 10, 20, 30: q1 15, median 20, q3 25, fences [0, 40] keep all values.
    // south 1, 2, 100: q1 1.5, median 2, q3 51, fences [-72.75, 125.25] keep all values.
    expect(data.traces).toEqual([
      {
        name: 'amount',
        x: ['north', 'south'],
        y: [20, 2],
        box: { q1: [15, 1.5], median: [20, 2], q3: [25, 51], lowerfence: [10, 1], upperfence: [30, 100] },
      },
    ]);
  });

  it('box: outliers fall outside the whiskers', async () => {
    await engine.createTableAs('spread', 'SELECT * FROM (VALUES (1.0), (2.0), (3.0), (4.0), (100.0)) t(v)');
    const data = await chartData(engine, 'spread', { type: 'box', y: 'v' });
    // q1 2, q3 4, IQR 2: upper fence 7, so the whisker ends at 4 and 100 is an outlier
    expect(data.traces[0].box).toEqual({ q1: [2], median: [3], q3: [4], lowerfence: [1], upperfence: [4] });
    expect(data.traces[0].x).toEqual(['v']);
  });

  it('heatmap: avg(z) per (x, y) cell, null where no rows', async () => {
    await engine.createTableAs('grid', "SELECT * FROM (VALUES ('a', 'p', 1.0), ('a', 'p', 3.0), ('b', 'q', 5.0)) t(x, y, z)");
    const data = await chartData(engine, 'grid', { type: 'heatmap', x: 'x', y: 'y', z: 'z' });
    expect(data.traces).toEqual([{ name: 'avg(z)', x: ['a', 'b'], y: ['p', 'q'], z: [[2, null], [null, 5]] }]);
    const counts = await chartData(engine, 'grid', { type: 'heatmap', x: 'x', y: 'y' });
    expect(counts.traces[0].z).toEqual([[2, null], [null, 1]]);
  });

  it('unknown columns name the column and list the available ones', async () => {
    await expect(chartData(engine, 'sales', { type: 'bar', x: 'regoin', y: 'amount' })).rejects.toThrow(
      new ChartSpecError('Chart x: column "regoin" is not in table "sales". Available columns: region, kind, day, amount.'),
    );
    await expect(chartData(engine, 'sales', { type: 'scatter', x: 'day' })).rejects.toThrow(
      'A scatter chart needs "y": a column of table "sales".',
    );
  });

  it('column names match case-insensitively, as in DuckDB', async () => {
    const data = await chartData(engine, 'sales', { type: 'bar', x: 'REGION' });
    expect(data.xLabel).toBe('region');
  });
});
