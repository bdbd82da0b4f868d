import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main, type Io } from './main';

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'bitacora-cli-'));
  await writeFile(path.join(dir, 'trips.csv'), 'city,km\nMadrid,3\nLima,5\nMadrid,4\nQuito,10\n');
  await writeFile(
    path.join(dir, 'trips.yaml'),
    `format: bitacora/1
title: Trips by city
cells:
  - id: trips
    kind: data
    source: { file: trips.csv }
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
`,
  );
  await writeFile(path.join(dir, 'broken.yaml'), 'format: bitacora/1\ncells:\n  - id: a\n    kind: sql\n    sql: SELECT * FROM nowhere\n  - id: b\n    kind: profile\n    input: a\n');
});

describe('bitacora run', () => {
  it('runs the notebook, then answers the second unchanged run from the cache', async () => {
    const io = capture();
    expect(await main(['run', path.join(dir, 'trips.yaml'), '--json'], io)).toBe(0);
    const first = JSON.parse(io.stdout[0]);
    expect(first.ok).toBe(true);
    expect(first.cells.map((c: { id: string; status: string; rows: number | null }) => [c.id, c.status, c.rows])).toEqual([
      ['trips', 'ok', 4],
      ['notes', 'ok', null],
      ['by_city', 'ok', 3],
      ['chart', 'ok', null],
      ['prof', 'ok', null],
    ]);
    for (const c of first.cells) {
      expect(c.key).toMatch(/^[0-9a-f]{64}$/);
      expect(c.cached).toBe(false);
      expect(Object.keys(c).sort()).toEqual(['cached', 'error', 'id', 'key', 'kind', 'ms', 'rows', 'status']);
    }
    const io2 = capture();
    expect(await main(['run', path.join(dir, 'trips.yaml'), '--json'], io2)).toBe(0);
    const second = JSON.parse(io2.stdout[0]);
    expect(second.cells.every((c: { cached: boolean }) => c.cached)).toBe(true);
    expect(second.cells.map((c: { key: string }) => c.key)).toEqual(first.cells.map((c: { key: string }) => c.key));
  });

  it('an edited cell changes its key and every key downstream, not upstream', async () => {
    const file = path.join(dir, 'trips-edited.yaml');
    await writeFile(file, (await readFile(path.join(dir, 'trips.yaml'), 'utf8')).replace('ORDER BY city', 'ORDER BY n DESC, city'));
    const a = capture();
    const b = capture();
    await main(['run', path.join(dir, 'trips.yaml'), '--json'], a);
    await main(['run', file, '--json'], b);
    const ka = JSON.parse(a.stdout[0]).cells.map((c: { key: string }) => c.key);
    const kb = JSON.parse(b.stdout[0]).cells.map((c: { key: string }) => c.key);
    expect(kb[0]).toBe(ka[0]); // trips
    expect(kb[1]).toBe(ka[1]); // notes
    expect(kb[2]).not.toBe(ka[2]); // by_city edited
    expect(kb[3]).not.toBe(ka[3]); // chart reads by_city
    expect(kb[4]).toBe(ka[4]); // prof reads trips only
  });

  it('exits 1 when a cell fails, naming the cell; dependents are skipped', async () => {
    const io = capture();
    expect(await main(['run', path.join(dir, 'broken.yaml'), '--json', '--no-cache'], io)).toBe(1);
    const r = JSON.parse(io.stdout[0]);
    expect(r.ok).toBe(false);
    expect(r.cells[0]).toMatchObject({ id: 'a', status: 'error', error: 'a.sql: unknown table "nowhere"; tables are the ids of cells that make one: none yet' });
    expect(r.cells[1]).toMatchObject({ id: 'b', status: 'skipped' });
  });

  it('exits 2 with a one-line message for bad input', async () => {
    const cases: [string[], string][] = [
      [['run', path.join(dir, 'missing.yaml')], `bitacora: cannot read notebook "${path.join(dir, 'missing.yaml')}": no such file`],
      [['run', path.join(dir, 'trips.yaml'), '--bogus'], "bitacora: run: Unknown option '--bogus'."],
      [['run'], 'bitacora: run: expected one NOTEBOOK file, got 0'],
      [['frobnicate'], 'bitacora: unknown command "frobnicate"; try: run, query, metrics (bitacora --help)'],
      [['query', path.join(dir, 'trips.csv'), '--sql', 'SELECT 1', '--format', 'xml'], 'bitacora: query: --format must be one of csv, json (got "xml")'],
    ];
    for (const [argv, message] of cases) {
      const io = capture();
      expect(await main(argv, io)).toBe(2);
      expect(io.stderr).toEqual([message]);
    }
    const io = capture();
    await writeFile(path.join(dir, 'bad.yaml'), 'format: bitacora/1\ncells:\n  - id: c\n    kind: chart\n    input: x\n    spec: { type: pie }\n');
    expect(await main(['run', path.join(dir, 'bad.yaml')], io)).toBe(2);
    expect(io.stderr[0]).toMatch(/^bitacora: .*bad\.yaml: cells\[0\] \(c\)\.spec\.type: /);
  });
});

describe('bitacora run with modelling cells', () => {
  it('runs the documented transform → split → train example as written, with metrics and model hash', async () => {
    const rows = ['ts,temp,hum,zone,power'];
    for (let i = 0; i < 600; i++) {
      const hour = i % 24;
      const temp = i % 37 === 0 ? '' : String(15 + 10 * Math.sin((hour / 24) * 2 * Math.PI) + (i % 7));
      const zone = ['north', 'south', 'east'][i % 3];
      const power = 100 + 5 * hour + (zone === 'east' ? 20 : 0) + (i % 5);
      rows.push(`${new Date(Date.UTC(2017, 0, 1) + i * 3_600_000).toISOString().replace('T', ' ').slice(0, 19)},${temp},${40 + (i % 11)},${zone},${power}`);
    }
    await writeFile(path.join(dir, 'power.csv'), rows.join('\n'));
    await writeFile(
      path.join(dir, 'model.yaml'),
      `format: bitacora/1
title: Documented example
cells:
  - id: raw
    kind: data
    source: { file: power.csv }
  - id: prep
    kind: transform
    input: raw
    steps:
      - { op: drop_null_columns, threshold: 0.5 }
      - { op: impute, columns: [temp, hum], strategy: median }
      - { op: outliers, columns: [temp], method: iqr, factor: 1.5, action: clip }
      - { op: datetime_features, column: ts, parts: [hour, minute, day, month, weekday, quarter, dayofyear] }
      - { op: one_hot, columns: [zone] }
      - { op: scale, columns: [temp, hum], method: standard }
  - id: parts
    kind: split
    input: prep
    method: chronological        # random | stratified | chronological | group
    by: ts                       # time column, stratify column or group column
    test_size: 0.2
    seed: 42
  - id: model
    kind: train
    input: parts
    task: regression             # regression | binary | multiclass
    target: power
    features: [temp, hum, hour]  # optional: default is every column but the target
    model: { type: gbdt, params: { n_estimators: 300, learning_rate: 0.1, max_depth: 5 } }
    seed: 42
`,
    );
    const io = capture();
    expect(await main(['run', path.join(dir, 'model.yaml'), '--json', '--no-cache'], io)).toBe(0);
    const r = JSON.parse(io.stdout[0]);
    const model = r.cells.find((c: { id: string }) => c.id === 'model');
    expect(r.cells.map((c: { status: string }) => c.status)).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(r.cells.find((c: { id: string }) => c.id === 'parts').rows).toBe(600);
    expect(model.model_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(model.metrics.train).sort()).toEqual(['mae', 'mape', 'median_ae', 'r2', 'rmse']);
    expect(model.metrics.test.r2).toBeGreaterThan(0.8); // power follows the hour; zone is not a feature here
    const again = capture();
    await main(['run', path.join(dir, 'model.yaml'), '--json', '--no-cache'], again);
    expect(JSON.parse(again.stdout[0]).cells.find((c: { id: string }) => c.id === 'model').model_hash).toBe(model.model_hash);
  });
});

describe('bitacora query', () => {
  it('prints JSON rows with plain numbers and strings', async () => {
    const io = capture();
    const sql = 'SELECT city, count(*) AS n, avg(km) AS avg_km FROM data GROUP BY city ORDER BY city';
    expect(await main(['query', path.join(dir, 'trips.csv'), '--sql', sql, '--format', 'json'], io)).toBe(0);
    expect(JSON.parse(io.stdout[0])).toEqual([
      { city: 'Lima', n: 1, avg_km: 5 },
      { city: 'Madrid', n: 2, avg_km: 3.5 },
      { city: 'Quito', n: 1, avg_km: 10 },
    ]);
  });

  it('prints CSV by default and exits 1 on an SQL error', async () => {
    const io = capture();
    expect(await main(['query', path.join(dir, 'trips.csv'), '--sql', "SELECT 'a,b' AS x, 2 AS y"], io)).toBe(0);
    expect(io.stdout[0]).toBe('x,y\n"a,b",2');
    const bad = capture();
    expect(await main(['query', path.join(dir, 'trips.csv'), '--sql', 'SELEC 1'], bad)).toBe(1);
    expect(bad.stderr[0]).toContain('syntax error at or near "SELEC"');
  });
});

describe('bitacora metrics', () => {
  it('computes binary metrics with scores (sklearn roc_auc example: 0.75)', async () => {
    await writeFile(path.join(dir, 'preds.csv'), 'y,yhat,p\n0,0,0.1\n0,1,0.4\n1,0,0.35\n1,1,0.8\n');
    const io = capture();
    expect(await main(['metrics', '--task', 'binary', '--file', path.join(dir, 'preds.csv'), '--target', 'y', '--prediction', 'yhat', '--score', 'p', '--json'], io)).toBe(0);
    const m = JSON.parse(io.stdout[0]);
    expect(m.roc_auc).toBe(0.75);
    expect(m.accuracy).toBe(0.5);
    expect(m.average_precision).toBeCloseTo(0.8333333333, 9);
  });

  it('computes regression metrics (sklearn r2_score example: 0.9486…)', async () => {
    await writeFile(path.join(dir, 'reg.csv'), 'y,yhat\n3,2.5\n-0.5,0.0\n2,2\n7,8\n');
    const io = capture();
    expect(await main(['metrics', '--task', 'regression', '--file', path.join(dir, 'reg.csv'), '--target', 'y', '--prediction', 'yhat', '--json'], io)).toBe(0);
    const m = JSON.parse(io.stdout[0]);
    expect(m.r2).toBeCloseTo(0.9486081370449679, 12);
    expect(m.mae).toBe(0.5);
  });

  it('names a missing column and lists the ones there are', async () => {
    const io = capture();
    expect(await main(['metrics', '--task', 'regression', '--file', path.join(dir, 'reg.csv'), '--target', 'nope', '--prediction', 'yhat'], io)).toBe(2);
    expect(io.stderr[0]).toBe('bitacora: metrics: --target column "nope" not found in reg.csv; columns: y, yhat');
  });
});
