import { describe, expect, it } from 'vitest';
import { EditorState } from '@codemirror/state';
import { CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { schemaCompletionSource } from '@codemirror/lang-sql';
import { DuckDBDialect } from './duckdb-dialect';
import { sql } from '@codemirror/lang-sql';

describe('DuckDB dialect', () => {
  it('knows DuckDB keywords and types beyond PostgreSQL', () => {
    for (const w of ['qualify', 'pivot', 'summarize', 'exclude']) expect(DuckDBDialect.spec.keywords).toContain(w);
    expect(DuckDBDialect.spec.types).toContain('hugeint');
    expect(DuckDBDialect.spec.builtin).toContain('read_parquet');
  });

  it('completes columns of a table from the schema prop', async () => {
    const doc = 'SELECT trips.';
    const config = { dialect: DuckDBDialect, schema: { trips: ['distance', 'fare'] } };
    const state = EditorState.create({ doc, extensions: [sql(config)] });
    const result = (await schemaCompletionSource(config)(new CompletionContext(state, doc.length, true))) as CompletionResult | null;
    expect(result?.options.map((o) => o.label).sort()).toEqual(['distance', 'fare']);
  });
});
