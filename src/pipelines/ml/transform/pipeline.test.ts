import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Frame } from '../frame.ts';
import { Random } from '../random.ts';
import { frameOf, names, nums, strs, values } from './fixture.ts';
import { applyPipeline, fitPipeline, parseStep } from './pipeline.ts';
import { transformStepSchema } from './schema.ts';
import { stepToSql } from './to-sql.ts';
import { TransformError } from './errors.ts';

const NOTEBOOK_YAML = `
steps:
  - { op: drop_null_columns, threshold: 0.5 }
  - { op: impute, columns: [temp, hum], strategy: median }
  - { op: outliers, columns: [temp], method: iqr, factor: 1.5, action: clip }
  - { op: datetime_features, column: ts, parts: [hour, minute, day, month, weekday, quarter, dayofyear] }
  - { op: one_hot, columns: [zone] }
  - { op: ordinal, columns: [grade], order: {grade: [low, mid, high]} }
  - { op: target_encode, columns: [city], target: y, folds: 5, smoothing: 10 }
  - { op: scale, columns: [temp, hum], method: standard }
  - { op: pca, columns: [a, b, c], n_components: 2 }
  - { op: lags, column: power, lags: [1, 2, 24], order_by: ts }
  - { op: rolling, column: power, window: 6, stats: [mean, std, min, max], order_by: ts }
  - { op: balance, target: y, method: smote, k: 5 }
  - { op: drop_columns, columns: [id] }
`;

function sample(n: number, seed: number, start: number): Frame {
  const r = new Random(seed);
  const pick = <T>(xs: T[]) => xs[r.int(xs.length)];
  const col = (f: (i: number) => number | null) => Array.from({ length: n }, (_, i) => f(i));
  const a = col(() => r.normal());
  return frameOf(
    nums('id', col((i) => start + i)),
    { name: 'ts', kind: 'datetime', values: Float64Array.from(col((i) => Date.UTC(2024, 0, 1) + (start + i) * 3_600_000)) as Float64Array },
    nums('temp', col((i) => (i % 7 === 3 ? null : i === 5 ? 400 : 15 + 5 * r.normal()))),
    nums('hum', col((i) => (i % 5 === 1 ? null : 50 + 10 * r.next()))),
    strs('zone', col(() => 0).map(() => pick(['north', 'south', 'east']))),
    strs('grade', col(() => 0).map(() => pick(['low', 'mid', 'high', null]))),
    strs('city', col(() => 0).map(() => pick(['quito', 'lima', 'cusco', 'bogota']))),
    nums('a', a),
    nums('b', a.map((x) => 2 * x! + 0.1 * r.normal())),
    nums('c', col(() => r.normal())),
    nums('power', col((i) => 100 + 10 * Math.sin((start + i) / 4) + r.normal())),
    nums('junk', col((i) => (i % 3 === 0 ? 1 : null))),
    nums('y', col((i) => (i % 4 === 0 ? 1 : 0))),
  );
}

describe('fitPipeline / applyPipeline', () => {
  const steps = (parse(NOTEBOOK_YAML) as { steps: unknown[] }).steps.map((s, i) => parseStep(s, i));
  const train = sample(80, 1, 0);
  const test = sample(30, 2, 80);

  it('runs the notebook YAML as written', () => {
    const { fitted, frame } = fitPipeline(train, steps, { seed: 11 });
    expect(fitted.map((f) => f.op)).toEqual(steps.map((s) => s.op));
    expect(fitted[0]).toEqual({ op: 'drop_null_columns', threshold: 0.5, columns: ['junk'] });
    expect(names(frame)).toEqual([
      'ts', 'hour', 'minute', 'day', 'month', 'weekday', 'quarter', 'dayofyear',
      'temp', 'hum', 'zone_east', 'zone_north', 'zone_south', 'grade', 'city', 'pc1', 'pc2',
      // Derived columns go right after their source, so the later rolling step sits before the lags.
      'power', 'power_roll6_mean', 'power_roll6_std', 'power_roll6_min', 'power_roll6_max',
      'power_lag1', 'power_lag2', 'power_lag24', 'y',
    ]);
    // SMOTE balanced 20 positives against 60 negatives.
    expect(frame.rows).toBe(120);
    expect((values(frame, 'y') as number[]).filter((v) => v === 1)).toHaveLength(60);
    // Scaling saw the training rows after imputation and clipping: mean 0 on the original rows.
    const temp = (values(frame, 'temp') as number[]).slice(0, 80);
    expect(temp.reduce((s, v) => s + v, 0) / 80).toBeCloseTo(0, 12);
  });

  it('fitted state survives JSON and scores new rows identically; same seed, same result', () => {
    const { fitted } = fitPipeline(train, steps, { seed: 11 });
    const again = fitPipeline(train, steps, { seed: 11 });
    expect(again.fitted).toEqual(fitted);
    const json = JSON.parse(JSON.stringify(fitted));
    expect(json).toEqual(fitted);
    const direct = applyPipeline(test, fitted);
    const viaJson = applyPipeline(test, json);
    expect(direct.rows).toBe(30);
    expect(viaJson).toEqual(direct);
    expect(values(direct, 'grade').every((v) => [0, 1, 2].includes(v as number) || Number.isNaN(v))).toBe(true);
  });

  it('reports unknown ops and bad keys with the step index', () => {
    expect(() => parseStep({ op: 'normalize', columns: ['a'] }, 3)).toThrow(
      'steps[3] (normalize): unknown op "normalize"; expected one of: drop_null_columns, impute, outliers, datetime_features, one_hot, ordinal, target_encode, scale, pca, lags, rolling, balance, drop_columns',
    );
    expect(() => parseStep({ op: 'scale', columns: ['a'], method: 'zscore' }, 1)).toThrow(/^steps\[1\] \(scale\): method: /);
    expect(() => parseStep({ columns: ['a'] }, 0)).toThrow(TransformError);
    expect(() => applyPipeline(train, [{ op: 'nope' } as never])).toThrow('steps[0] (nope): unknown op "nope"');
  });

  it('the schema accepts every op of the notebook YAML and rejects unknown keys', () => {
    for (const s of (parse(NOTEBOOK_YAML) as { steps: unknown[] }).steps) expect(transformStepSchema.safeParse(s).success).toBe(true);
    expect(transformStepSchema.safeParse({ op: 'scale', columns: ['a'], metod: 'minmax' }).success).toBe(false);
  });
});

describe('drop steps', () => {
  const f = frameOf(nums('id', [1, 2, 3, 4]), nums('half', [1, null, 2, null]), strs('most', [null, null, null, 'x']), nums('ok', [1, 2, 3, 4]));

  it('drop_null_columns drops columns with more than `threshold` missing; drop_columns drops named ones', () => {
    const { fitted, frame } = fitPipeline(f, [{ op: 'drop_null_columns', threshold: 0.5 }, { op: 'drop_columns', columns: ['id'] }], { seed: 1 });
    expect(fitted).toEqual([
      { op: 'drop_null_columns', threshold: 0.5, columns: ['most'] },
      { op: 'drop_columns', columns: ['id'] },
    ]);
    expect(names(frame)).toEqual(['half', 'ok']);
    expect(stepToSql(fitted[0], ['id', 'half', 'most', 'ok'])).toBe('"id", "half", "ok"');
    expect(stepToSql(fitted[1], ['id', 'half', 'ok'])).toBe('"half", "ok"');
  });

  it('drop_columns names a missing column', () => {
    expect(() => fitPipeline(f, [{ op: 'drop_columns', columns: ['ok'] }, { op: 'drop_columns', columns: ['ok'] }], { seed: 1 })).toThrow(
      'steps[1] (drop_columns): column "ok" not found; the table has: id, half, most',
    );
  });
});
