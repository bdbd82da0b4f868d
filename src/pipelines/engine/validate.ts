// Data tests of a validate cell, each compiled to one SQL count of failing rows.
import type { DataEngine } from '../data/engine';
import { ipcToRowObjects } from '../data/arrow';
import type { CellOf } from '../notebook/schema';
import type { CellOutput, ValidationCheckResult } from './types';
import { quoteIdent, quoteString } from '../data/sql-text';

type Check = CellOf<'validate'>['checks'][number];

function conditions(c: Check, table: string): { check: string; failing: string }[] {
  const col = quoteIdent(c.column);
  const out: { check: string; failing: string }[] = [];
  if (c.not_null) out.push({ check: 'not_null', failing: `SELECT count(*) AS n FROM ${table} WHERE ${col} IS NULL` });
  if (c.unique) out.push({ check: 'unique', failing: `SELECT coalesce(sum(n - 1), 0) AS n FROM (SELECT count(*) AS n FROM ${table} WHERE ${col} IS NOT NULL GROUP BY ${col})` });
  if (c.min !== undefined) out.push({ check: `min ${c.min}`, failing: `SELECT count(*) AS n FROM ${table} WHERE ${col} < ${c.min}` });
  if (c.max !== undefined) out.push({ check: `max ${c.max}`, failing: `SELECT count(*) AS n FROM ${table} WHERE ${col} > ${c.max}` });
  if (c.values) {
    const list = c.values.map((v) => (typeof v === 'number' ? String(v) : quoteString(v))).join(', ');
    out.push({ check: 'values', failing: `SELECT count(*) AS n FROM ${table} WHERE ${col} IS NOT NULL AND ${col} NOT IN (${list})` });
  }
  return out;
}

export async function runValidate(cell: CellOf<'validate'>, engine: DataEngine): Promise<CellOutput> {
  const table = quoteIdent(cell.input);
  const info = await engine.describe(cell.input);
  const checks: ValidationCheckResult[] = [];
  for (const c of cell.checks) {
    if (info && !info.columns.some((col) => col.name === c.column)) {
      checks.push({ column: c.column, check: 'exists', passed: false, failing: info.rows, message: `column "${c.column}" not found` });
      continue;
    }
    for (const { check, failing } of conditions(c, table)) {
      const [row] = ipcToRowObjects(await engine.queryArrow(failing));
      const n = Number(row?.n ?? 0);
      checks.push({ column: c.column, check, passed: n === 0, failing: n, message: n === 0 ? 'ok' : `${n} row(s) fail` });
    }
  }
  return { kind: 'validation', passed: checks.every((c) => c.passed), checks };
}
