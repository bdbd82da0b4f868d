import { describe, expect, it } from 'vitest';
import { parseNotebook } from '../notebook/parse';
import { buildGraph, downstream, upstreamClosure } from './graph';

/** A stand-in for DuckDB's parser in these graph-only tests: FROM/JOIN names. */
const refs = async (sql: string) => [...sql.matchAll(/\b(?:FROM|JOIN)\s+([A-Za-z_]\w*)/gi)].map((m) => m[1].toLowerCase());

const nb = (cells: string) => parseNotebook(`format: bitacora/1\ntitle: t\ncells:\n${cells}`);

describe('buildGraph', () => {
  it('orders cells topologically, notebook order breaking ties', async () => {
    const g = await buildGraph(
      nb(`
  - { id: c, kind: sql, sql: SELECT * FROM b }
  - { id: a, kind: data, source: { dataset: penguins } }
  - { id: b, kind: sql, sql: SELECT * FROM a }
  - { id: p, kind: profile, input: a }
`),
      refs,
    );
    expect(g.order).toEqual(['a', 'b', 'c', 'p']);
    expect(g.deps.get('c')).toEqual(['b']);
    expect(g.errors.size).toBe(0);
    expect([...downstream(g, 'a')].sort()).toEqual(['b', 'c', 'p']);
    expect([...upstreamClosure(g, ['c'])].sort()).toEqual(['a', 'b', 'c']);
  });

  it('reports unknown tables on the SQL cell, listing the tables that exist', async () => {
    const g = await buildGraph(nb(`
  - { id: a, kind: data, source: { dataset: penguins } }
  - { id: b, kind: sql, sql: SELECT * FROM nope }
`), refs);
    expect(g.errors.get('b')).toBe('sql: unknown table "nope"; tables are the ids of cells that make one: a');
  });

  it('reports a missing or non-table input key', async () => {
    const g = await buildGraph(nb(`
  - { id: m, kind: markdown, text: hi }
  - { id: p, kind: profile, input: m }
  - { id: q, kind: chart, input: zz, spec: { type: bar, x: a, y: b } }
`), refs);
    expect(g.errors.get('p')).toBe('input: cell "m" (markdown) makes no table');
    expect(g.errors.get('q')).toBe('input: unknown cell "zz"');
  });

  it('finds cycles and names them', async () => {
    const g = await buildGraph(nb(`
  - { id: a, kind: sql, sql: SELECT * FROM b }
  - { id: b, kind: sql, sql: SELECT * FROM a }
  - { id: c, kind: data, source: { dataset: penguins } }
`), refs);
    expect(g.order).toEqual(['c']);
    expect(g.errors.get('a')).toBe('dependency cycle: a → b → a');
    expect(g.errors.get('b')).toBe('dependency cycle: b → a → b');
  });

  it('matches table names case-insensitively, like DuckDB', async () => {
    const g = await buildGraph(nb(`
  - { id: Trips, kind: data, source: { dataset: penguins } }
  - { id: b, kind: sql, sql: SELECT * FROM TRIPS }
`), refs);
    expect(g.deps.get('b')).toEqual(['Trips']);
  });
});
