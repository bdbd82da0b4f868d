// `bitacora metrics`: the metrics of saved predictions, computed by the same code as evaluate cells.
import { decodeIpc } from '../pipelines/data/arrow';
import { quoteIdent } from '../pipelines/data/sql-text';
import { computeMetrics } from '../pipelines/ml/metrics/compute';
import { oneOf, parseFlags, requireString, UsageError } from './args';
import type { Io } from './main';
import { withDataFile } from './data-file';
import { encodeLabels } from './labels';

export async function metricsCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(
    argv,
    { task: { type: 'string' }, file: { type: 'string' }, target: { type: 'string' }, prediction: { type: 'string' }, score: { type: 'string' }, json: { type: 'boolean' } },
    'metrics',
  );
  if (positionals.length) throw new UsageError(`metrics: unexpected argument "${positionals[0]}"`);
  const task = oneOf(requireString(values.task, '--task', 'metrics'), ['regression', 'binary', 'multiclass'] as const, '--task', 'metrics', 'regression');
  const file = requireString(values.file, '--file', 'metrics');
  const target = requireString(values.target, '--target', 'metrics');
  const prediction = requireString(values.prediction, '--prediction', 'metrics');
  const score = values.score;
  if (score !== undefined && task !== 'binary') throw new UsageError('metrics: --score applies to --task binary only');

  return withDataFile('metrics', '--file', file, async (engine, info) => {
    for (const [flag, col] of [['--target', target], ['--prediction', prediction], ['--score', score]] as const) {
      if (col !== undefined && !info.columns.some((c) => c.name === col)) {
        throw new UsageError(`metrics: ${flag} column "${col}" not found in ${info.fileName}; columns: ${info.columns.map((c) => c.name).join(', ')}`);
      }
    }
    const cols = [target, prediction, ...(score ? [score] : [])];
    const frame = decodeIpc(await engine.queryArrow(`SELECT ${cols.map(quoteIdent).join(', ')} FROM data`));
    const get = (name: string) => frame.columns.find((c) => c.name === name)!.values as ArrayLike<unknown>;
    let metrics: Record<string, number>;
    if (task === 'regression') {
      const yTrue = toNumbers(get(target), '--target', target);
      const yPred = toNumbers(get(prediction), '--prediction', prediction);
      metrics = computeMetrics('regression', { yTrue, yPred });
    } else {
      const { yTrue, yPred, classes } = encodeLabels(get(target), get(prediction), task);
      const scoreValues = score ? toNumbers(get(score), '--score', score) : undefined;
      metrics = computeMetrics(task, { yTrue, yPred, score: scoreValues, classes });
    }
    if (values.json) io.out(JSON.stringify(metrics));
    else for (const [k, v] of Object.entries(metrics)) io.out(`${k.padEnd(20)} ${Number.isInteger(v) ? v : v.toFixed(6)}`);
    return 0;
  });
}

function toNumbers(values: ArrayLike<unknown>, flag: string, col: string): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
    if (!Number.isFinite(n)) throw new UsageError(`metrics: ${flag} column "${col}" row ${i + 1}: "${String(v)}" is not a number`);
    out[i] = n;
  }
  return out;
}
