// Chart cell data: the aggregation happens in SQL, and only what a Plotly trace needs (at most a few
// thousand points) comes back as plain arrays.
import type { ChartSpec } from '../notebook/schema';
import { ipcToRowObjects } from './arrow';
import { SqlError, type DataEngine, type TableInfo } from './engine';
import { quoteIdent, quoteString } from './sql-text';

export const LINE_MAX_POINTS = 5000;
export const SCATTER_MAX_POINTS = 10_000;
export const BAR_MAX_CATEGORIES = 1000;
export const HEATMAP_MAX_CELLS_PER_AXIS = 200;
export const MAX_SERIES = 20;
const SAMPLE_SEED = 42;

export type ChartValue = number | string | null;

export interface BoxStats {
  q1: number[];
  median: number[];
  q3: number[];
  lowerfence: number[];
  upperfence: number[];
}

export interface ChartTrace {
  /** Legend entry: the colour value, or the y column when there is no colour. */
  name: string;
  x: ChartValue[];
  y: ChartValue[];
  /** heatmap: z[row for y[i]][column for x[j]]. */
  z?: (number | null)[][];
  /** box: precomputed quartiles and whiskers per x group (Plotly's q1/median/q3/lowerfence/upperfence). */
  box?: BoxStats;
}

export interface ChartData {
  type: ChartSpec['type'];
  traces: ChartTrace[];
  xLabel: string;
  yLabel: string;
  /** True when points, categories or series were dropped or sampled to keep the chart small. */
  truncated?: boolean;
}

export class ChartSpecError extends Error {
  override name = 'ChartSpecError';
}

interface Ctx {
  engine: DataEngine;
  from: string;
  rows: number;
  col: (key: 'x' | 'y' | 'color' | 'z', required: boolean) => string | null;
}

async function rowsOf(engine: DataEngine, sql: string): Promise<Record<string, unknown>[]> {
  return ipcToRowObjects(await engine.queryArrow(sql));
}

const q = quoteIdent;
const asValue = (v: unknown): ChartValue => (v === null || v === undefined ? null : typeof v === 'number' || typeof v === 'string' ? v : String(v));
const asNumber = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** Groups rows into one trace per colour value (first MAX_SERIES), in order of appearance. */
function splitSeries(rows: Record<string, unknown>[], fallbackName: string, hasColor: boolean): { traces: ChartTrace[]; dropped: boolean } {
  const byName = new Map<string, ChartTrace>();
  let dropped = false;
  for (const r of rows) {
    const name = hasColor ? String(r.color ?? 'null') : fallbackName;
    let trace = byName.get(name);
    if (!trace) {
      if (byName.size >= MAX_SERIES) {
        dropped = true;
        continue;
      }
      trace = { name, x: [], y: [] };
      byName.set(name, trace);
    }
    trace.x.push(asValue(r.x));
    trace.y.push(asValue(r.y));
  }
  return { traces: [...byName.values()], dropped };
}

function colorSelect(color: string | null): string {
  return color ? `, ${q(color)} AS color` : '';
}

async function bar(ctx: Ctx, spec: ChartSpec): Promise<ChartData> {
  const x = ctx.col('x', true)!;
  const y = ctx.col('y', false);
  const color = ctx.col('color', false);
  const keys = [q(x), ...(color ? [q(color)] : [])].join(', ');
  const [u] = await rowsOf(ctx.engine, `SELECT count(*) = count(DISTINCT (${keys})) AS unique FROM ${ctx.from}`);
  const order = `ORDER BY ${color ? 'color, ' : ''}x LIMIT ${BAR_MAX_CATEGORIES + 1}`;
  let sql: string;
  let yLabel: string;
  if (!y) {
    sql = `SELECT ${q(x)} AS x${colorSelect(color)}, count(*)::DOUBLE AS y FROM ${ctx.from} GROUP BY ALL ${order}`;
    yLabel = 'count';
  } else if (u.unique) {
    sql = `SELECT ${q(x)} AS x${colorSelect(color)}, ${q(y)}::DOUBLE AS y FROM ${ctx.from} ${order}`;
    yLabel = y;
  } else {
    sql = `SELECT ${q(x)} AS x${colorSelect(color)}, avg(${q(y)}::DOUBLE) AS y FROM ${ctx.from} GROUP BY ALL ${order}`;
    yLabel = `avg(${y})`;
  }
  const rows = await rowsOf(ctx.engine, sql);
  const cut = rows.length > BAR_MAX_CATEGORIES;
  const { traces, dropped } = splitSeries(rows.slice(0, BAR_MAX_CATEGORIES), yLabel, color !== null);
  return finish(spec, traces, x, yLabel, cut || dropped);
}

async function line(ctx: Ctx, spec: ChartSpec): Promise<ChartData> {
  const x = ctx.col('x', true)!;
  const y = ctx.col('y', true)!;
  const color = ctx.col('color', false);
  const step = Math.max(1, Math.ceil(ctx.rows / LINE_MAX_POINTS));
  const partition = color ? `PARTITION BY ${q(color)} ` : '';
  const rows = await rowsOf(
    ctx.engine,
    `SELECT x, y${color ? ', color' : ''} FROM (SELECT ${q(x)} AS x, ${q(y)}::DOUBLE AS y${colorSelect(color)}, ` +
      `row_number() OVER (${partition}ORDER BY ${q(x)}, rowid) - 1 AS i FROM ${ctx.from}) ` +
      `WHERE i % ${step} = 0 ORDER BY ${color ? 'color, ' : ''}x, i`,
  );
  const { traces, dropped } = splitSeries(rows, y, color !== null);
  return finish(spec, traces, x, y, step > 1 || dropped);
}

async function scatter(ctx: Ctx, spec: ChartSpec): Promise<ChartData> {
  const x = ctx.col('x', true)!;
  const y = ctx.col('y', true)!;
  const color = ctx.col('color', false);
  const sampled = ctx.rows > SCATTER_MAX_POINTS;
  const source = sampled
    ? `(SELECT * FROM ${ctx.from} USING SAMPLE reservoir(${SCATTER_MAX_POINTS} ROWS) REPEATABLE (${SAMPLE_SEED}))`
    : ctx.from;
  const rows = await rowsOf(
    ctx.engine,
    `SELECT ${q(x)} AS x, ${q(y)} AS y${colorSelect(color)} FROM ${source} ORDER BY ${color ? 'color, ' : ''}x, y`,
  );
  const { traces, dropped } = splitSeries(rows, y, color !== null);
  return finish(spec, traces, x, y, sampled || dropped);
}

async function histogram(ctx: Ctx, spec: ChartSpec): Promise<ChartData> {
  const x = ctx.col('x', true)!;
  const color = ctx.col('color', false);
  const bins = spec.bins ?? 20;
  const [r] = await rowsOf(ctx.engine, `SELECT min(${q(x)})::DOUBLE AS lo, max(${q(x)})::DOUBLE AS hi FROM ${ctx.from}`);
  const lo = asNumber(r.lo);
  const hi = asNumber(r.hi);
  if (lo === null || hi === null) return finish(spec, [], x, 'count', false);
  const width = hi > lo ? (hi - lo) / bins : 1;
  const nBins = hi > lo ? bins : 1;
  const rows = await rowsOf(
    ctx.engine,
    `SELECT least(floor((${q(x)}::DOUBLE - (${lo})) / (${width})), ${nBins - 1})::INTEGER AS bin${colorSelect(color)}, count(*)::DOUBLE AS n ` +
      `FROM ${ctx.from} WHERE ${q(x)} IS NOT NULL AND isfinite(${q(x)}::DOUBLE) GROUP BY ALL ORDER BY ${color ? 'color, ' : ''}bin`,
  );
  const centres = Array.from({ length: nBins }, (_, i) => lo + (i + 0.5) * width);
  const series = new Map<string, number[]>();
  let dropped = false;
  for (const row of rows) {
    const name = color ? String(row.color ?? 'null') : 'count';
    if (!series.has(name)) {
      if (series.size >= MAX_SERIES) {
        dropped = true;
        continue;
      }
      series.set(name, new Array<number>(nBins).fill(0));
    }
    series.get(name)![row.bin as number] = row.n as number;
  }
  const traces = [...series].map(([name, counts]) => ({ name, x: centres.slice(), y: counts }));
  return finish(spec, traces, x, 'count', dropped);
}

async function box(ctx: Ctx, spec: ChartSpec): Promise<ChartData> {
  const y = ctx.col('y', true)!;
  const x = ctx.col('x', false);
  const g = x ? q(x) : quoteString(y);
  const yy = `${q(y)}::DOUBLE`;
  const rows = await rowsOf(
    ctx.engine,
    `WITH v AS (SELECT ${g} AS g, ${yy} AS y FROM ${ctx.from} WHERE ${q(y)} IS NOT NULL), ` +
      `s AS (SELECT g, quantile_cont(y, 0.25) AS q1, quantile_cont(y, 0.5) AS median, quantile_cont(y, 0.75) AS q3 FROM v GROUP BY g) ` +
      `SELECT s.g, s.q1, s.median, s.q3, ` +
      `min(v.y) FILTER (WHERE v.y >= s.q1 - 1.5 * (s.q3 - s.q1)) AS lowerfence, ` +
      `max(v.y) FILTER (WHERE v.y <= s.q3 + 1.5 * (s.q3 - s.q1)) AS upperfence ` +
      `FROM s JOIN v ON v.g IS NOT DISTINCT FROM s.g GROUP BY ALL ORDER BY s.g LIMIT ${BAR_MAX_CATEGORIES + 1}`,
  );
  const kept = rows.slice(0, BAR_MAX_CATEGORIES);
  const stats: BoxStats = {
    q1: kept.map((r) => r.q1 as number),
    median: kept.map((r) => r.median as number),
    q3: kept.map((r) => r.q3 as number),
    lowerfence: kept.map((r) => r.lowerfence as number),
    upperfence: kept.map((r) => r.upperfence as number),
  };
  const trace: ChartTrace = { name: y, x: kept.map((r) => asValue(r.g)), y: stats.median.slice(), box: stats };
  return finish(spec, [trace], x ?? '', y, rows.length > BAR_MAX_CATEGORIES);
}

function compareValues(a: ChartValue, b: ChartValue): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

async function heatmap(ctx: Ctx, spec: ChartSpec): Promise<ChartData> {
  const x = ctx.col('x', true)!;
  const y = ctx.col('y', true)!;
  const z = ctx.col('z', false);
  const value = z ? `avg(${q(z)}::DOUBLE)` : 'count(*)::DOUBLE';
  const rows = await rowsOf(ctx.engine, `SELECT ${q(x)} AS x, ${q(y)} AS y, ${value} AS z FROM ${ctx.from} GROUP BY ALL`);
  const allX = [...new Set(rows.map((r) => asValue(r.x)))].sort(compareValues);
  const allY = [...new Set(rows.map((r) => asValue(r.y)))].sort(compareValues);
  const xs = allX.slice(0, HEATMAP_MAX_CELLS_PER_AXIS);
  const ys = allY.slice(0, HEATMAP_MAX_CELLS_PER_AXIS);
  const xi = new Map(xs.map((v, i) => [v, i]));
  const yi = new Map(ys.map((v, i) => [v, i]));
  const matrix = ys.map(() => new Array<number | null>(xs.length).fill(null));
  for (const r of rows) {
    const i = yi.get(asValue(r.y));
    const j = xi.get(asValue(r.x));
    if (i !== undefined && j !== undefined) matrix[i][j] = asNumber(r.z);
  }
  const truncated = allX.length > xs.length || allY.length > ys.length;
  return finish(spec, [{ name: z ? `avg(${z})` : 'count', x: xs, y: ys, z: matrix }], x, y, truncated);
}

function finish(spec: ChartSpec, traces: ChartTrace[], xLabel: string, yLabel: string, truncated: boolean): ChartData {
  return { type: spec.type, traces, xLabel, yLabel, ...(truncated ? { truncated: true } : {}) };
}

function columnLookup(info: TableInfo, spec: ChartSpec): Ctx['col'] {
  return (key, required) => {
    const wanted = spec[key];
    if (wanted === undefined || wanted === '') {
      if (required) throw new ChartSpecError(`A ${spec.type} chart needs "${key}": a column of table "${info.name}".`);
      return null;
    }
    const found = info.columns.find((c) => c.name === wanted) ?? info.columns.find((c) => c.name.toLowerCase() === wanted.toLowerCase());
    if (!found) {
      throw new ChartSpecError(
        `Chart ${key}: column "${wanted}" is not in table "${info.name}". Available columns: ${info.columns.map((c) => c.name).join(', ')}.`,
      );
    }
    return found.name;
  };
}

/** Plot-ready data for `spec` over `table`. Throws ChartSpecError for missing or unknown columns. */
export async function chartData(engine: DataEngine, table: string, spec: ChartSpec): Promise<ChartData> {
  const info = await engine.describe(table);
  if (!info) throw new SqlError(`Cannot chart "${table}": there is no such table.`);
  const ctx: Ctx = { engine, from: q(info.name), rows: info.rows, col: columnLookup(info, spec) };
  switch (spec.type) {
    case 'bar':
      return bar(ctx, spec);
    case 'line':
      return line(ctx, spec);
    case 'scatter':
      return scatter(ctx, spec);
    case 'histogram':
      return histogram(ctx, spec);
    case 'box':
      return box(ctx, spec);
    case 'heatmap':
      return heatmap(ctx, spec);
    default: {
      const never: never = spec.type;
      throw new ChartSpecError(`Unknown chart type ${String(never)}`);
    }
  }
}
