// `bitacora` command line: run notebooks, query files and compute metrics headless, over the same core.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from './args';
import { runCommand } from './run';
import { queryCommand } from './query';
import { metricsCommand } from './metrics';

const HELP = `Usage: bitacora <command> [options]

Commands:
  run NOTEBOOK [--data-dir DIR] [--cache-dir DIR] [--no-cache] [--json]
      Run a notebook (YAML or JSON). Files resolve against --data-dir (default: the notebook's folder);
      results are cached in --cache-dir (default: .bitacora/ beside the notebook).
  query FILE --sql "SELECT …" [--format csv|json]
      Run SQL over a CSV/TSV/Parquet/JSON/Arrow file, which is table "data".
  metrics --task regression|binary|multiclass --file preds.csv --target COL --prediction COL [--score COL] [--json]
      Metrics of saved predictions (binary needs --score for roc_auc, average_precision, log_loss, brier).

Options: --debug prints stack traces; --help; --version.
Exit codes: 0 ok, 1 a cell failed, 2 bad input.`;

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const processIo: Io = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
};

/** Errors that mean "the input is bad" (exit 2) rather than "a cell failed" (exit 1). */
export class InputError extends Error {
  override name = 'InputError';
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const debug = argv.includes('--debug');
  const args = argv.filter((a) => a !== '--debug');
  const [command, ...rest] = args;
  try {
    switch (command) {
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.out(HELP);
        return command === undefined ? 2 : 0;
      case '--version':
      case '-v': {
        const pkg = JSON.parse(await readFile(path.join(import.meta.dirname, '../../package.json'), 'utf8'));
        io.out(pkg.version);
        return 0;
      }
      case 'run':
        return await runCommand(rest, io);
      case 'query':
        return await queryCommand(rest, io);
      case 'metrics':
        return await metricsCommand(rest, io);
      default:
        throw new UsageError(`unknown command "${command}"; try: run, query, metrics (bitacora --help)`);
    }
  } catch (e) {
    const err = e as Error;
    const oneLine = `bitacora: ${err.message.split('\n')[0]}`;
    io.err(debug && err.stack ? err.stack : oneLine);
    return 2;
  }
}
