import { describe, expect, it } from 'vitest';
import type { DataEngine, TableInfo } from '../data/engine';
import { parseNotebook } from '../notebook/parse';
import { Executor } from './executor';
import { registerRunner } from './runners';
import type { CellState, FileResolver } from './types';

/** Just enough of a DataEngine for non-table cells: a version and empty lookups. */
const engine = {
  version: async () => 'test-engine',
  tableRefs: async () => [],
  describe: async (): Promise<TableInfo | null> => null,
} as unknown as DataEngine;
const files: FileResolver = { resolve: async () => Promise.reject(new Error('no files here')) };

const nb = parseNotebook(`format: bitacora/1
title: t
cells:
  - { id: a, kind: markdown, text: hi }
  - { id: ev, kind: evaluate, models: [a] }
`);

describe('Executor', () => {
  it('a cancelled cell stays cancelled when late progress arrives', async () => {
    let late: () => void = () => {};
    registerRunner('evaluate', (_cell, ctx) => {
      late = () => ctx.progress({ message: 'still working' });
      return new Promise((_, reject) => ctx.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
    });
    const ex = new Executor({ engine, files });
    const ac = new AbortController();
    const seen: CellState['status'][] = [];
    const done = ex.run(nb, 'all', { signal: ac.signal, onEvent: (e) => e.type === 'cell' && e.state.id === 'ev' && seen.push(e.state.status) });
    await new Promise((r) => setTimeout(r, 20));
    ac.abort();
    const result = await done;
    late();
    expect(result.cancelled).toBe(true);
    expect(ex.state('ev').status).toBe('cancelled');
    expect(seen).toEqual(['queued', 'running', 'cancelled']);
  });

  it('reuses an unchanged result and re-runs after an edit', async () => {
    let calls = 0;
    registerRunner('evaluate', async () => ({ kind: 'json', value: { calls: ++calls } }));
    const ex = new Executor({ engine, files });
    await ex.run(nb, 'all');
    await ex.run(nb, 'all');
    expect(calls).toBe(1);
    expect(ex.state('ev')).toMatchObject({ status: 'ok', cached: true });
    const edited = { ...nb, cells: [nb.cells[0], { ...nb.cells[1], slice_by: 'x' } as (typeof nb.cells)[number]] };
    expect([...(await ex.plan(edited)).stale]).toEqual(['ev']);
    await ex.run(edited, 'stale');
    expect(calls).toBe(2);
  });
});
