// Ordinal encoding: category → its position (0, 1, …) in the given order, or in the sorted training
// categories (sklearn's OrdinalEncoder default). Unknown categories get `unknown_value`
// (−1 by default, or NaN); missing values stay missing (NaN). The column is replaced in place.

import type { Frame } from '../frame.ts';
import { numberCol, replaceColumns, requireColumn } from './columns.ts';
import { stepError } from './errors.ts';
import { categoriesOf, type Category } from './one-hot.ts';
import type { StepOp } from './op.ts';
import type { StepOf } from './schema.ts';
import { quoteIdent, selectList, sqlNumber, sqlValue } from './sql-text.ts';
import { compareValues } from './stats.ts';

export type OrdinalFitted = {
  op: 'ordinal';
  columns: { name: string; categories: Category[] }[];
  /** null = NaN. */
  unknown_value: number | null;
};

export const ordinal: StepOp<StepOf<'ordinal'>, OrdinalFitted> = {
  fit(frame, spec, ctx) {
    for (const key of Object.keys(spec.order ?? {})) {
      if (!spec.columns.includes(key)) throw stepError(ctx.ref, `order is given for "${key}", which is not in columns`, key);
    }
    const columns = spec.columns.map((name) => {
      const col = requireColumn(frame, name, ctx.ref, ['string', 'number']);
      const given = spec.order?.[name];
      if (!given) return { name, categories: [...categoriesOf(col).keys()].sort(compareValues) };
      const categories = given.map((v) => (col.kind === 'string' ? String(v) : Number(v)));
      if (categories.some((v) => typeof v === 'number' && Number.isNaN(v))) {
        throw stepError(ctx.ref, `column "${name}" holds numbers; its order must list numbers`, name);
      }
      if (new Set(categories).size !== categories.length) {
        throw stepError(ctx.ref, `order for "${name}" lists a category twice`, name);
      }
      return { name, categories };
    });
    const u = spec.unknown_value ?? -1;
    return { op: 'ordinal', columns, unknown_value: u === 'nan' ? null : u };
  },
  apply(frame, fitted, ref) {
    const unknown = fitted.unknown_value ?? NaN;
    return replaceColumns(
      frame,
      fitted.columns.map(({ name, categories }) => {
        const values = requireColumn(frame, name, ref, ['string', 'number']).values as ArrayLike<Category | null>;
        const code = new Map<Category, number>(categories.map((c, i) => [c, i]));
        const out = new Float64Array(frame.rows);
        for (let i = 0; i < frame.rows; i++) {
          const v = values[i];
          out[i] = v === null || (typeof v === 'number' && Number.isNaN(v)) ? NaN : (code.get(v) ?? unknown);
        }
        return numberCol(name, out);
      }),
    );
  },
  toSql(fitted, input) {
    const unknown = fitted.unknown_value === null ? 'NULL' : sqlNumber(fitted.unknown_value);
    const replace: Record<string, string[]> = {};
    for (const { name, categories } of fitted.columns) {
      const q = quoteIdent(name);
      const arms = categories.map((c, i) => `WHEN ${q} = ${sqlValue(c)} THEN ${i}`);
      replace[name] = [`CASE WHEN ${q} IS NULL THEN NULL ${arms.join(' ')} ELSE ${unknown} END AS ${q}`];
    }
    return selectList(input, replace);
  },
};
