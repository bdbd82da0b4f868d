// Column profiles (counts, nulls, distinct values, summary statistics, histograms, top values)
// computed in SQL by the engine, so only a few numbers per column cross into JS.
import { ipcToRowObjects } from './arrow';
import { SqlError, type DataEngine } from './engine';
import { quoteIdent } from './sql-text';

export const HISTOGRAM_BINS = 20;
export const TOP_VALUES = 10;
/** Above this many rows distinct counts are approximate (HyperLogLog), which is much cheaper. */
const EXACT_DISTINCT_MAX_ROWS = 1_000_000;

interface ColumnBase {
  name: string;
  /** DuckDB type name. */
  type: string;
  /** Non-null values. */
  count: number;
  nulls: number;
  distinct: number;
  distinctApproximate: boolean;
}

export interface Histogram {
  /** bins + 1 edges; bin i holds values in [edges[i], edges[i + 1]) (the last bin includes its right edge). */
  edges: number[];
  counts: number[];
}

export type ColumnProfile =
  | (ColumnBase & {
      kind: 'number';
      min: number | null;
      max: number | null;
      mean: number | null;
      /** Sample standard deviation (n - 1); null with fewer than two values. */
      std: number | null;
      p25: number | null;
      p50: number | null;
      p75: number | null;
      histogram: Histogram;
    })
  | (ColumnBase & { kind: 'text'; top: { value: string; count: number }[] })
  | (ColumnBase & { kind: 'boolean'; top: { value: boolean; count: number }[] })
  /** min/max as DuckDB prints them, e.g. "2020-01-02" or "2020-01-02 10:00:00". */
  | (ColumnBase & { kind: 'date'; min: string | null; max: string | null })
  | (ColumnBase & { kind: 'other' });

export interface Profile {
  table: string;
  rows: number;
  columns: ColumnProfile[];
}

export type ProfileKind = ColumnProfile['kind'];

export function profileKind(duckType: string): ProfileKind {
  const t = duckType.toUpperCase();
  if (/^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|REAL|DECIMAL)(\(\d+, ?\d+\))?$/.test(t)) {
    return 'number';
  }
  if (t === 'VARCHAR' || t.startsWith('ENUM')) return 'text';
  if (t === 'BOOLEAN') return 'boolean';
  if (t === 'DATE' || /^TIMESTAMP( WITH TIME ZONE|_S|_MS|_NS|TZ)?$/.test(t)) return 'date';
  return 'other';
}

async function rowsOf(engine: DataEngine, sql: string): Promise<Record<string, unknown>[]> {
  return ipcToRowObjects(await engine.queryArrow(sql));
}

const num = (v: unknown): number | null => (typeof v === 'number' ? v : v === null || v === undefined ? null : Number(v));

async function histogram(engine: DataEngine, from: string, c: string, min: number | null, max: number | null, count: number): Promise<Histogram> {
  if (min === null || max === null || !Number.isFinite(min) || !Number.isFinite(max)) return { edges: [], counts: [] };
  if (min === max) return { edges: [min, max], counts: [count] };
  const width = (max - min) / HISTOGRAM_BINS;
  const rows = await rowsOf(
    engine,
    `SELECT least(floor((${c}::DOUBLE - (${min})) / (${width})), ${HISTOGRAM_BINS - 1})::INTEGER AS bin, count(*)::DOUBLE AS n ` +
      `FROM ${from} WHERE ${c} IS NOT NULL AND isfinite(${c}::DOUBLE) GROUP BY bin`,
  );
  const counts = new Array<number>(HISTOGRAM_BINS).fill(0);
  for (const r of rows) counts[r.bin as number] = r.n as number;
  const edges = Array.from({ length: HISTOGRAM_BINS + 1 }, (_, i) => (i === HISTOGRAM_BINS ? max : min + i * width));
  return { edges, counts };
}

/** The profile of every column of `table`. Throws SqlError when the table does not exist. */
export async function profileTable(engine: DataEngine, table: string): Promise<Profile> {
  const info = await engine.describe(table);
  if (!info) throw new SqlError(`Cannot profile "${table}": there is no such table.`);
  const from = quoteIdent(info.name);
  const approx = info.rows > EXACT_DISTINCT_MAX_ROWS;
  const columns: ColumnProfile[] = [];
  for (const col of info.columns) {
    const c = quoteIdent(col.name);
    const kind = profileKind(col.type);
    const distinct = approx ? `approx_count_distinct(${c})` : `count(DISTINCT ${c})`;
    const numeric =
      kind === 'number'
        ? `, min(${c})::DOUBLE AS min, max(${c})::DOUBLE AS max, avg(${c}::DOUBLE) AS mean, stddev_samp(${c}::DOUBLE) AS std, ` +
          `quantile_cont(${c}::DOUBLE, 0.25) AS p25, quantile_cont(${c}::DOUBLE, 0.5) AS p50, quantile_cont(${c}::DOUBLE, 0.75) AS p75`
        : kind === 'date'
          ? `, min(${c})::VARCHAR AS min, max(${c})::VARCHAR AS max`
          : '';
    const [s] = await rowsOf(
      engine,
      `SELECT count(${c})::DOUBLE AS count, (count(*) - count(${c}))::DOUBLE AS nulls, ${distinct}::DOUBLE AS distinct${numeric} FROM ${from}`,
    );
    const base: ColumnBase = {
      name: col.name,
      type: col.type,
      count: s.count as number,
      nulls: s.nulls as number,
      distinct: s.distinct as number,
      distinctApproximate: approx,
    };
    switch (kind) {
      case 'number': {
        const min = num(s.min);
        const max = num(s.max);
        columns.push({
          ...base,
          kind,
          min,
          max,
          mean: num(s.mean),
          std: num(s.std),
          p25: num(s.p25),
          p50: num(s.p50),
          p75: num(s.p75),
          histogram: await histogram(engine, from, c, min, max, base.count),
        });
        break;
      }
      case 'text':
      case 'boolean': {
        const top = await rowsOf(
          engine,
          `SELECT ${c} AS value, count(*)::DOUBLE AS n FROM ${from} WHERE ${c} IS NOT NULL GROUP BY ${c} ` +
            `ORDER BY n DESC, value LIMIT ${TOP_VALUES}`,
        );
        if (kind === 'text') columns.push({ ...base, kind, top: top.map((r) => ({ value: String(r.value), count: r.n as number })) });
        else columns.push({ ...base, kind, top: top.map((r) => ({ value: Boolean(r.value), count: r.n as number })) });
        break;
      }
      case 'date':
        columns.push({ ...base, kind, min: (s.min as string | null) ?? null, max: (s.max as string | null) ?? null });
        break;
      case 'other':
        columns.push({ ...base, kind });
        break;
      default: {
        const never: never = kind;
        throw new Error(`unknown profile kind ${String(never)}`);
      }
    }
  }
  return { table: info.name, rows: info.rows, columns };
}
