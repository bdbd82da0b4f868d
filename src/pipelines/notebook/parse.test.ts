import { describe, expect, it } from 'vitest';
import { NotebookError, notebookToYaml, parseNotebook } from './parse';

const ISSUE_EXAMPLE = `format: bitacora/1
title: Trips by city
cells:
  - id: trips
    kind: data
    source: { file: trips.csv }        # or { dataset: penguins } for a bundled one
  - id: notes
    kind: markdown
    text: "## What we look at"
  - id: by_city
    kind: sql
    sql: SELECT city, count(*) AS n, avg(km) AS avg_km FROM trips GROUP BY city ORDER BY city
  - id: chart
    kind: chart
    input: by_city
    spec: { type: bar, x: city, y: avg_km }
  - id: prof
    kind: profile
    input: trips
`;

function errorOf(text: string): NotebookError {
  try {
    parseNotebook(text);
  } catch (e) {
    if (e instanceof NotebookError) return e;
    throw e;
  }
  throw new Error('expected a NotebookError');
}

describe('parseNotebook', () => {
  it('reads the documented example as written', () => {
    const nb = parseNotebook(ISSUE_EXAMPLE);
    expect(nb.title).toBe('Trips by city');
    expect(nb.cells.map((c) => `${c.id}:${c.kind}`)).toEqual(['trips:data', 'notes:markdown', 'by_city:sql', 'chart:chart', 'prof:profile']);
    const chart = nb.cells[3];
    expect(chart.kind === 'chart' && chart.spec).toEqual({ type: 'bar', x: 'city', y: 'avg_km' });
  });

  it('round-trips through canonical YAML and accepts JSON', () => {
    const nb = parseNotebook(ISSUE_EXAMPLE);
    expect(parseNotebook(notebookToYaml(nb))).toEqual(nb);
    expect(parseNotebook(JSON.stringify(nb))).toEqual(nb);
  });

  it('names the cell id and key path of a schema error', () => {
    const bad = ISSUE_EXAMPLE.replace('type: bar', 'type: pie');
    expect(errorOf(bad).message).toMatch(/^cells\[3\] \(chart\)\.spec\.type: /);
  });

  it('rejects unknown keys, duplicate ids and bad ids with their place', () => {
    expect(errorOf(ISSUE_EXAMPLE.replace('text: "## What', 'txet: "## What')).message).toContain('cells[1] (notes)');
    expect(errorOf(ISSUE_EXAMPLE.replace('id: prof', 'id: trips')).message).toBe('cells[4] (trips).id: duplicate id; cells[0] already uses it');
    expect(errorOf(ISSUE_EXAMPLE.replace('id: prof', 'id: 9prof')).message).toContain('cells[4] (9prof).id: must start with a letter');
  });

  it('reports YAML syntax errors with line and column', () => {
    expect(errorOf('format: bitacora/1\ncells: [\n').message).toMatch(/^line \d+, column \d+: /);
  });

  it('rejects empty files, wrong formats and non-mappings', () => {
    expect(errorOf('').message).toContain('the file is empty');
    expect(errorOf('- 1\n- 2').message).toBe('expected a mapping with keys format, title and cells');
    expect(errorOf('format: bitacora/2\ncells: []').message).toMatch(/^format: /);
  });

  it('limits alias expansion (billion laughs)', () => {
    const bomb = 'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e,*e,*e,*e,*e,*e,*e,*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\n';
    expect(() => parseNotebook(bomb)).toThrow(NotebookError);
  });
});
