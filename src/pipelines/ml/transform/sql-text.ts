// Literals and identifiers for the DuckDB SELECT lists that row-wise steps compile to.

// One quoting rule for every SQL the project writes.
import { quoteIdent, quoteString } from '../../data/sql-text.ts';

export { quoteIdent, quoteString };

/** Shortest round-tripping decimal (JS's own), so the SQL computes with the very same doubles. */
export function sqlNumber(x: number): string {
  if (Number.isNaN(x)) return "'NaN'::DOUBLE";
  if (x === Infinity) return "'Infinity'::DOUBLE";
  if (x === -Infinity) return "'-Infinity'::DOUBLE";
  return String(x);
}

export function sqlValue(v: string | number): string {
  return typeof v === 'string' ? quoteString(v) : sqlNumber(v);
}

/** A step's column is absent from the SQL input; stepToSql turns it into a TransformError. */
export class SqlColumnMissing extends Error {
  constructor(readonly column: string) {
    super(`column "${column}" not found`);
  }
}

/**
 * The input columns in order, except that a column named in `replace` gives way to its expressions
 * (none: dropped), and `append` goes at the end; mirrors how the ops place columns in a Frame.
 */
export function selectList(input: string[], replace: Record<string, string[]>, append: string[] = []): string {
  for (const name of Object.keys(replace)) if (!input.includes(name)) throw new SqlColumnMissing(name);
  const parts: string[] = [];
  for (const c of input) {
    if (Object.prototype.hasOwnProperty.call(replace, c)) parts.push(...replace[c]);
    else parts.push(quoteIdent(c));
  }
  parts.push(...append);
  return parts.join(', ');
}
