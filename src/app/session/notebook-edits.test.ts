import { describe, expect, it } from 'vitest';
import type { Notebook } from '../../pipelines/notebook/schema';
import { validateNotebook } from '../../pipelines/notebook/parse';
import { insertCell, moveCell, newCell, removeCell } from './notebook-edits';

const base: Notebook = {
  format: 'bitacora/1',
  title: 't',
  cells: [
    { id: 'intro', kind: 'markdown', text: 'hi' },
    { id: 'trips', kind: 'data', source: { dataset: 'penguins' } },
    { id: 'query', kind: 'sql', sql: 'SELECT 1' },
  ],
};

describe('notebook edits', () => {
  it('new cells read the nearest table above and get free ids', () => {
    const sql = newCell('sql', base, 2);
    expect(sql).toEqual({ id: 'query_2', kind: 'sql', sql: 'SELECT *\nFROM trips\nLIMIT 100' });
    expect(newCell('chart', base, 3)).toMatchObject({ id: 'chart', input: 'query', spec: { type: 'bar' } });
    for (const kind of ['markdown', 'data', 'sql', 'chart', 'profile', 'validate'] as const) {
      expect(() => validateNotebook(insertCell(base, newCell(kind, base, 3), 3))).not.toThrow();
    }
  });
  it('moves, removes and puts back at the same place', () => {
    expect(moveCell(base, 'query', -1).cells.map((c) => c.id)).toEqual(['intro', 'query', 'trips']);
    expect(moveCell(base, 'intro', -1)).toBe(base);
    const { notebook, index, cell } = removeCell(base, 'trips');
    expect(notebook.cells.map((c) => c.id)).toEqual(['intro', 'query']);
    expect(insertCell(notebook, cell!, index)).toEqual(base);
  });
});
