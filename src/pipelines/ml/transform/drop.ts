// Column removal: drop_columns (named) and drop_null_columns (too many missing values in training).

import type { Column, Frame } from '../frame.ts';
import { requireColumn } from './columns.ts';
import type { StepOp } from './op.ts';
import type { StepOf } from './schema.ts';
import { selectList } from './sql-text.ts';

export type DropColumnsFitted = { op: 'drop_columns'; columns: string[] };
export type DropNullColumnsFitted = { op: 'drop_null_columns'; threshold: number; columns: string[] };

function isMissing(c: Column, i: number): boolean {
  return c.kind === 'string' ? c.values[i] === null : Number.isNaN(c.values[i]);
}

/** Missing columns are ignored at apply time: dropping something already absent changes nothing. */
function dropNamed(frame: Frame, names: string[]): Frame {
  const drop = new Set(names);
  return { rows: frame.rows, columns: frame.columns.filter((c) => !drop.has(c.name)) };
}

function dropSql(fitted: { columns: string[] }, input: string[]): string {
  const present = fitted.columns.filter((c) => input.includes(c));
  return selectList(input, Object.fromEntries(present.map((c) => [c, []])));
}

export const dropColumns: StepOp<StepOf<'drop_columns'>, DropColumnsFitted> = {
  fit(frame, spec, ctx) {
    for (const c of spec.columns) requireColumn(frame, c, ctx.ref);
    return { op: 'drop_columns', columns: [...spec.columns] };
  },
  apply: (frame, fitted) => dropNamed(frame, fitted.columns),
  toSql: dropSql,
};

export const dropNullColumns: StepOp<StepOf<'drop_null_columns'>, DropNullColumnsFitted> = {
  fit(frame, spec) {
    const threshold = spec.threshold ?? 0.5;
    const columns: string[] = [];
    for (const c of frame.columns) {
      let missing = 0;
      for (let i = 0; i < frame.rows; i++) if (isMissing(c, i)) missing++;
      if (frame.rows > 0 && missing / frame.rows > threshold) columns.push(c.name);
    }
    return { op: 'drop_null_columns', threshold, columns };
  },
  apply: (frame, fitted) => dropNamed(frame, fitted.columns),
  toSql: dropSql,
};
