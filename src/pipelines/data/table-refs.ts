// DuckDB's GetTableNames binds the query with stand-in tables that have no real columns, so joins
// that need column names (USING, NATURAL, ASOF) fail before the upstream tables exist. This rewrites
// just those join conditions, located with DuckDB's own tokenizer, so the names can still be read.

/** DuckDB's tokenizer output: token start offsets and types (0 identifier ... 3 operator, 4 keyword). */
export interface ScriptTokens {
  offsets: number[];
  types: number[];
}

const OPERATOR = 3;
const KEYWORD = 4;
const JOIN_MODIFIERS = new Set(['LEFT', 'RIGHT', 'FULL', 'INNER', 'OUTER', 'SEMI', 'ANTI']);

/**
 * The query with `USING (...)` → `ON true`, `NATURAL [LEFT|...] JOIN` → `CROSS JOIN` and `ASOF` dropped:
 * the same tables, no column lookups. Only for reading table names; never run the result.
 */
export function withoutColumnJoins(sql: string, tokens: ScriptTokens): string {
  const { offsets, types } = tokens;
  const word = (i: number) => (types[i] === KEYWORD ? (/^[A-Za-z_]+/.exec(sql.slice(offsets[i]))?.[0] ?? '').toUpperCase() : '');
  const op = (i: number) => (types[i] === OPERATOR ? sql[offsets[i]] : '');
  const edits: { from: number; to: number; text: string }[] = [];
  for (let i = 0; i < offsets.length; i++) {
    const w = word(i);
    if (w === 'USING' && op(i + 1) === '(') {
      let depth = 0;
      let j = i + 1;
      for (; j < offsets.length; j++) {
        // an operator token may hold several characters, e.g. "))"
        const end = j + 1 < offsets.length ? offsets[j + 1] : sql.length;
        if (types[j] !== OPERATOR) continue;
        for (const ch of sql.slice(offsets[j], end)) {
          if (ch === '(') depth++;
          else if (ch === ')') depth--;
          if (depth === 0) break;
        }
        if (depth === 0) break;
      }
      if (j >= offsets.length) continue;
      const close = sql.indexOf(')', offsets[j]);
      edits.push({ from: offsets[i], to: close + 1, text: 'ON true' });
      i = j;
    } else if (w === 'NATURAL') {
      let j = i + 1;
      while (j < offsets.length && JOIN_MODIFIERS.has(word(j))) j++;
      if (word(j) === 'JOIN') {
        edits.push({ from: offsets[i], to: offsets[j] + 4, text: 'CROSS JOIN' });
        i = j;
      }
    } else if (w === 'ASOF') {
      edits.push({ from: offsets[i], to: offsets[i] + 4, text: '' });
    }
  }
  let out = sql;
  for (const e of edits.reverse()) out = out.slice(0, e.from) + e.text + out.slice(e.to);
  return out;
}
