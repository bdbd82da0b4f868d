// YAML boxes: valid text becomes the value; errors name the key path (and line for syntax).
import { describe, expect, it } from 'vitest';
import { parseParams, parseSteps, parseTuneSpace, toYaml } from './spec-yaml';

describe('spec YAML boxes', () => {
  it('reads model params, an empty box as {}', () => {
    expect(parseParams('max_depth: 4\nlearning_rate: 0.1\n')).toEqual({ ok: true, value: { max_depth: 4, learning_rate: 0.1 } });
    expect(parseParams('  ')).toEqual({ ok: true, value: {} });
  });
  it('names the line of a syntax error', () => {
    const r = parseParams('a: 1\nb: [1, 2\n');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.key).toBe('model.params');
      expect(r.line).toBeGreaterThanOrEqual(2);
    }
  });
  it('names the key path of a bad transform step', () => {
    const list = parseSteps('- op: not_an_op\n');
    expect(list.ok).toBe(false);
    if (!list.ok) expect(list.key).toMatch(/^steps\[0\]/);
    const notList = parseSteps('op: scale\n');
    expect(notList).toMatchObject({ ok: false, key: 'steps' });
    expect(parseSteps('')).toMatchObject({ ok: false, key: 'steps' });
  });
  it('checks a tune space with the tuner rules', () => {
    expect(parseTuneSpace('max_depth: [3, 5]\nlearning_rate: {min: 0.01, max: 0.3, log: true}\n').ok).toBe(true);
    expect(parseTuneSpace('max_depth: 3\n')).toMatchObject({ ok: false, key: 'space' });
  });
  it('writes an empty object as an empty box', () => {
    expect(toYaml({})).toBe('');
    expect(toYaml({ a: 1 })).toBe('a: 1\n');
  });
  it('writes short lists and ranges inline, steps as blocks', () => {
    expect(toYaml({ max_depth: [3, 5], lr: { min: 0.01, max: 0.3, log: true } })).toBe('max_depth: [3, 5]\nlr: {min: 0.01, max: 0.3, log: true}\n');
    expect(toYaml([{ op: 'scale', columns: ['a', 'b'] }])).toBe('- op: scale\n  columns: [a, b]\n');
  });
});
