// One-hot encoding like sklearn's OneHotEncoder: categories sorted, one 0/1 column `<col>_<category>`
// each, in place of the source column. Unseen categories and missing values give all zeros
// (handle_unknown: ignore) or an error (handle_unknown: error; missing still gives zeros).
// max_categories keeps the most frequent max_categories − 1 and pools the rest in `<col>_infrequent`.
// Numeric columns are allowed: each distinct number is a category.

import type { Column, Frame } from '../frame.ts';
import { checkNewNames, numberCol, requireColumn, spliceColumns } from './columns.ts';
import { stepError } from './errors.ts';
import type { StepOp } from './op.ts';
import type { StepOf } from './schema.ts';
import { quoteIdent, selectList, sqlValue } from './sql-text.ts';
import { compareValues } from './stats.ts';

export type Category = string | number;
export type OneHotColumn = {
  name: string;
  /** Categories with their own output column, sorted (the dropped first one included). */
  categories: Category[];
  /** Rare categories pooled into `<name>_infrequent`; empty when no pooling. */
  infrequent: Category[];
  /** drop_first: the first category gets no column. */
  drop_first: boolean;
};
export type OneHotFitted = { op: 'one_hot'; handle_unknown: 'ignore' | 'error'; columns: OneHotColumn[] };

export function categoriesOf(c: Column): Map<Category, number> {
  const counts = new Map<Category, number>();
  if (c.kind === 'datetime') return counts;
  for (const v of c.values) {
    if (v === null || (typeof v === 'number' && Number.isNaN(v))) continue;
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}

function outputs(c: OneHotColumn): { name: string; match: Category[] }[] {
  const out = c.categories.slice(c.drop_first ? 1 : 0).map((cat) => ({ name: `${c.name}_${String(cat)}`, match: [cat] }));
  if (c.infrequent.length) out.push({ name: `${c.name}_infrequent`, match: c.infrequent });
  return out;
}

export const oneHot: StepOp<StepOf<'one_hot'>, OneHotFitted> = {
  fit(frame, spec, ctx) {
    const columns = spec.columns.map((name): OneHotColumn => {
      const col = requireColumn(frame, name, ctx.ref, ['string', 'number']);
      const counts = categoriesOf(col);
      let cats = [...counts.keys()].sort(compareValues);
      let infrequent: Category[] = [];
      const max = spec.max_categories;
      if (max !== undefined && cats.length > max) {
        // Most frequent first; equal counts keep sorted order (Array.sort is stable).
        const byCount = [...cats].sort((a, b) => counts.get(b)! - counts.get(a)!);
        const keep = new Set(byCount.slice(0, max - 1));
        infrequent = cats.filter((c) => !keep.has(c));
        cats = cats.filter((c) => keep.has(c));
      }
      return { name, categories: cats, infrequent, drop_first: spec.drop_first ?? false };
    });
    for (const c of columns) checkNewNames(frame, outputs(c).map((o) => o.name), ctx.ref, [c.name]);
    return { op: 'one_hot', handle_unknown: spec.handle_unknown ?? 'ignore', columns };
  },
  apply(frame, fitted, ref) {
    let out = frame;
    for (const c of fitted.columns) {
      const col = requireColumn(frame, c.name, ref, ['string', 'number']);
      const values = col.values as ArrayLike<Category | null>;
      const outs = outputs(c);
      const slot = new Map<Category, number>();
      outs.forEach((o, j) => o.match.forEach((m) => slot.set(m, j)));
      const known = new Set<Category>([...c.categories, ...c.infrequent]);
      const cols = outs.map(() => new Float64Array(frame.rows));
      for (let i = 0; i < frame.rows; i++) {
        const v = values[i];
        if (v === null || (typeof v === 'number' && Number.isNaN(v))) continue;
        const j = slot.get(v);
        if (j !== undefined) cols[j][i] = 1;
        else if (!known.has(v) && fitted.handle_unknown === 'error') {
          throw stepError(ref, `column "${c.name}" has category "${String(v)}" not seen in training; set handle_unknown: ignore to encode it as all zeros`, c.name);
        }
      }
      out = spliceColumns(out, [c.name], outs.map((o, j) => numberCol(o.name, cols[j])));
    }
    return out;
  },
  toSql(fitted, input) {
    // An error on unseen categories has no SQL equivalent; leave it to apply().
    if (fitted.handle_unknown === 'error') return null;
    const replace: Record<string, string[]> = {};
    for (const c of fitted.columns) {
      const q = quoteIdent(c.name);
      replace[c.name] = outputs(c).map(({ name, match }) => {
        const test = match.length === 1 ? `${q} = ${sqlValue(match[0])}` : `${q} IN (${match.map(sqlValue).join(', ')})`;
        return `CASE WHEN ${test} THEN 1 ELSE 0 END AS ${quoteIdent(name)}`;
      });
    }
    return selectList(input, replace);
  },
};
