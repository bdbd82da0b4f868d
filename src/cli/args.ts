// Command-line flags: parsed strictly, every mistake reported as a UsageError (exit code 2).
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {
  override name = 'UsageError';
}

export function parseFlags<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T, command: string) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    // Node's messages go on with advice about '--' that does not apply here: keep the first sentence.
    const msg = (e as Error).message.split('\n')[0].replace(/^TypeError: /, '').replace(/\. .*$/, '.');
    throw new UsageError(`${command}: ${msg}`);
  }
}

export function requireString(value: string | boolean | undefined, flag: string, command: string): string {
  if (typeof value !== 'string' || value === '') throw new UsageError(`${command}: ${flag} is required`);
  return value;
}

export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string, command: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${command}: ${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as T;
}
