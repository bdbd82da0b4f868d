// Calendar features from a datetime column, in UTC, with pandas' conventions:
// weekday Monday=0 … Sunday=6, week = ISO 8601 week (dt.isocalendar().week), dayofyear from 1.
// Output columns are named by the part (`hour`), or `<prefix>_<part>` with a prefix; they go right
// after the source column, which is kept.

import type { Frame } from '../frame.ts';
import { checkNewNames, numberCol, requireColumn, spliceColumns } from './columns.ts';
import type { StepOp } from './op.ts';
import type { StepOf } from './schema.ts';
import { datetimeParts } from './schema.ts';
import { quoteIdent, selectList } from './sql-text.ts';

export type DatetimePart = (typeof datetimeParts)[number];
export type DatetimeFeaturesFitted = { op: 'datetime_features'; column: string; parts: DatetimePart[]; prefix: string | null };

const DAY = 86_400_000;

function isoWeek(d: Date): number {
  // The ISO week is the week of the Thursday in the same Monday-to-Sunday week.
  const weekday = (d.getUTCDay() + 6) % 7;
  const thursday = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - weekday + 3);
  const yearStart = Date.UTC(new Date(thursday).getUTCFullYear(), 0, 1);
  return Math.floor((thursday - yearStart) / DAY / 7) + 1;
}

export function datetimePart(ms: number, part: DatetimePart): number {
  if (Number.isNaN(ms)) return NaN;
  const d = new Date(ms);
  switch (part) {
    case 'year':
      return d.getUTCFullYear();
    case 'quarter':
      return Math.floor(d.getUTCMonth() / 3) + 1;
    case 'month':
      return d.getUTCMonth() + 1;
    case 'week':
      return isoWeek(d);
    case 'day':
      return d.getUTCDate();
    case 'dayofyear':
      return Math.round((Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - Date.UTC(d.getUTCFullYear(), 0, 1)) / DAY) + 1;
    case 'weekday':
      return (d.getUTCDay() + 6) % 7;
    case 'hour':
      return d.getUTCHours();
    case 'minute':
      return d.getUTCMinutes();
    case 'second':
      return d.getUTCSeconds();
    default: {
      const never: never = part;
      throw new Error(`unknown datetime part ${String(never)}`);
    }
  }
}

function partSql(q: string, part: DatetimePart): string {
  // DuckDB's isodow is Monday=1 … Sunday=7; its 'week' is already the ISO week.
  return part === 'weekday' ? `(date_part('isodow', ${q}) - 1)` : `date_part('${part}', ${q})`;
}

const outName = (prefix: string | null, part: DatetimePart) => (prefix ? `${prefix}_${part}` : part);

export const datetimeFeatures: StepOp<StepOf<'datetime_features'>, DatetimeFeaturesFitted> = {
  fit(frame, spec, ctx) {
    requireColumn(frame, spec.column, ctx.ref, ['datetime']);
    checkNewNames(frame, spec.parts.map((p) => outName(spec.prefix ?? null, p)), ctx.ref);
    return { op: 'datetime_features', column: spec.column, parts: [...spec.parts], prefix: spec.prefix ?? null };
  },
  apply(frame, fitted, ref) {
    const ms = requireColumn(frame, fitted.column, ref, ['datetime']).values as Float64Array;
    const add = fitted.parts.map((p) => numberCol(outName(fitted.prefix, p), Float64Array.from(ms, (v) => datetimePart(v, p))));
    return spliceColumns(frame, [], add, fitted.column);
  },
  toSql(fitted, input) {
    const q = quoteIdent(fitted.column);
    const exprs = fitted.parts.map((p) => `${partSql(q, p)} AS ${quoteIdent(outName(fitted.prefix, p))}`);
    return selectList(input, { [fitted.column]: [q, ...exprs] });
  },
};
