import { describe, expect, it } from 'vitest';
import { parseNotebook, validateNotebook } from '../notebook/parse';
import { exportIpynb, exportYaml } from './export';

const nb = validateNotebook({
  format: 'bitacora/1',
  title: 'Trips by city',
  description: 'Where people go.',
  seed: 7,
  cells: [
    { id: 'trips', kind: 'data', source: { file: 'trips.csv', sha256: 'a'.repeat(64) } },
    { id: 'notes', kind: 'markdown', text: '## What we look at\nDistances by city.' },
    { id: 'by_city', kind: 'sql', title: 'Per city', sql: 'SELECT city, avg(km) AS avg_km\nFROM trips\nGROUP BY city' },
    { id: 'chart', kind: 'chart', input: 'by_city', spec: { type: 'bar', x: 'city', y: 'avg_km' } },
  ],
});

/** Required and allowed keys per nbformat 4.5's JSON schema (nbformat.v4.5.schema.json). */
const CELL_KEYS = {
  markdown: { required: ['cell_type', 'id', 'metadata', 'source'], allowed: ['attachments'] },
  code: { required: ['cell_type', 'id', 'metadata', 'source', 'outputs', 'execution_count'], allowed: [] as string[] },
};

function checkNbformat45(doc: Record<string, unknown>): void {
  expect(Object.keys(doc).sort()).toEqual(['cells', 'metadata', 'nbformat', 'nbformat_minor']);
  expect(doc.nbformat).toBe(4);
  expect(doc.nbformat_minor).toBe(5);
  const meta = doc.metadata as Record<string, Record<string, unknown>>;
  expect(typeof meta.kernelspec.name).toBe('string');
  expect(typeof meta.kernelspec.display_name).toBe('string');
  expect(typeof meta.language_info.name).toBe('string');
  const ids = new Set<string>();
  for (const cell of doc.cells as Record<string, unknown>[]) {
    const rule = CELL_KEYS[cell.cell_type as keyof typeof CELL_KEYS];
    expect(rule).toBeDefined();
    for (const key of rule.required) expect(cell).toHaveProperty(key);
    for (const key of Object.keys(cell)) expect([...rule.required, ...rule.allowed]).toContain(key);
    expect(cell.id).toMatch(/^[a-zA-Z0-9-_]{1,64}$/);
    expect(ids.has(cell.id as string)).toBe(false);
    ids.add(cell.id as string);
    expect(typeof cell.metadata === 'object' && !Array.isArray(cell.metadata)).toBe(true);
    expect(Array.isArray(cell.source) && (cell.source as unknown[]).every((s) => typeof s === 'string')).toBe(true);
    if (cell.cell_type === 'code') {
      expect(cell.execution_count).toBeNull();
      expect(cell.outputs).toEqual([]);
    }
  }
}

describe('exportYaml', () => {
  it('writes YAML that parses back to the same notebook', () => {
    const yaml = exportYaml(nb);
    expect(yaml.startsWith('format: bitacora/1\ntitle: Trips by city\n')).toBe(true);
    expect(parseNotebook(yaml)).toEqual(nb);
  });
});

describe('exportIpynb', () => {
  const doc = JSON.parse(exportIpynb(nb));

  it('is nbformat 4.5 JSON', () => {
    checkNbformat45(doc);
    expect(doc.metadata.bitacora).toEqual({ format: 'bitacora/1', title: 'Trips by city', description: 'Where people go.', seed: 7 });
  });

  it('opens with the title, then one Jupyter cell per notebook cell', () => {
    expect(doc.cells.map((c: { id: string; cell_type: string }) => `${c.id}:${c.cell_type}`)).toEqual([
      'bitacora-title:markdown', 'trips:markdown', 'notes:markdown', 'by_city:code', 'chart:markdown',
    ]);
    expect(doc.cells[0].source).toEqual(['# Trips by city\n', '\n', 'Where people go.']);
  });

  it('keeps markdown as markdown', () => {
    expect(doc.cells[2].source).toEqual(['## What we look at\n', 'Distances by city.']);
    expect(doc.cells[2].metadata).toEqual({ bitacora: { id: 'notes', kind: 'markdown' } });
  });

  it('turns SQL into a %%sql code cell with language metadata', () => {
    expect(doc.cells[3].source).toEqual(['%%sql\n', 'SELECT city, avg(km) AS avg_km\n', 'FROM trips\n', 'GROUP BY city']);
    expect(doc.cells[3].metadata).toEqual({ bitacora: { id: 'by_city', kind: 'sql', title: 'Per city' }, vscode: { languageId: 'sql' } });
  });

  it('shows other cells as their YAML spec', () => {
    expect(doc.cells[4].source.join('')).toBe(
      '**chart** `chart` (Bitácora cell; runs in Bitácora, not in this kernel)\n\n```yaml\nid: chart\nkind: chart\ninput: by_city\nspec:\n  type: bar\n  x: city\n  y: avg_km\n```\n',
    );
    expect(doc.cells[1].source.join('')).toContain(`source:\n  file: trips.csv\n  sha256: ${'a'.repeat(64)}\n`);
  });
});
