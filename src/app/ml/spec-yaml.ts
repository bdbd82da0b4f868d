// The YAML boxes of modelling cells (transform steps, model params, tune space): text in, a
// validated value or an error that names the key path and line out.
import { Document, isMap, isScalar, isSeq, parse, visit, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { transformStepSchema } from '../../pipelines/ml/transform/schema';
import { parseSpace } from '../../pipelines/ml/cells/search-space';

export type YamlParsed<T> = { ok: true; value: T } | { ok: false; key: string; message: string; line?: number };

function pathText(key: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : `${acc}.${String(p)}`), key);
}

/** Parses YAML and checks it with a zod schema; an empty box reads as `empty` when given. */
export function parseYaml<T>(text: string, key: string, schema: z.ZodType<T>, empty?: T): YamlParsed<T> {
  let raw: unknown;
  try {
    raw = text.trim() === '' ? empty : parse(text);
  } catch (e) {
    if (e instanceof YAMLParseError) return { ok: false, key, line: e.linePos?.[0].line, message: e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '') };
    return { ok: false, key, message: (e as Error).message };
  }
  const r = schema.safeParse(raw);
  if (r.success) return { ok: true, value: r.data };
  const issue = r.error.issues[0];
  return { ok: false, key: pathText(key, issue.path), message: issue.message };
}

/** Block style, except lists of plain values and nested maps of plain values: `[3, 5]`, `{min: 0.01, max: 0.3}`. */
export function toYaml(value: unknown): string {
  if (value === undefined || (typeof value === 'object' && value !== null && Object.keys(value).length === 0)) return '';
  const doc = new Document(value);
  visit(doc, {
    Seq(_, node) {
      if (node.items.every((i) => isScalar(i))) node.flow = true;
    },
    Map(_, node, path) {
      const parent = path[path.length - 1];
      const nested = path.some((p) => isMap(p) || isSeq(p));
      if (nested && !isSeq(parent) && node.items.every((p) => isScalar(p.value))) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

const paramsSchema = z.record(z.string(), z.unknown());

export function parseSteps(text: string) {
  return parseYaml(text, 'steps', z.array(transformStepSchema).min(1));
}

export function parseParams(text: string) {
  return parseYaml(text, 'model.params', paramsSchema, {});
}

/** A tune space: names to a list of choices or a {min, max, log?, int?} range (the tuner's own rules). */
export function parseTuneSpace(text: string): YamlParsed<Record<string, unknown>> {
  const r = parseYaml(text, 'space', paramsSchema);
  if (!r.ok) return r;
  try {
    parseSpace(r.value);
  } catch (e) {
    return { ok: false, key: 'space', message: (e as Error).message };
  }
  return r;
}
